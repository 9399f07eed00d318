#!/usr/bin/env bash
# Makes a certificate for a Buurtruil server that has no public name, e.g. a laptop in a
# community centre on its own network: a small certificate authority (CA) of the centre's
# own, and a certificate for the server signed by it. Install the CA once on each device
# that opens the site (kiosk, laptop, phones); browsers then trust the server's https.
#
#   bash deploy/make-certificate.sh FOLDER NAME_OR_ADDRESS...
#   bash deploy/make-certificate.sh buurthuis-certificaat 192.168.1.10 buurthuis.lan
#
# FOLDER gets: ca.pem (install this on the devices), ca-key.pem (keep it secret, or delete
# it: it is only needed for a new server certificate), cert.pem and key.pem (for
# `npm start -- --https --cert cert.pem --key key.pem`). A CA already in FOLDER is reused,
# so a renewed server certificate needs nothing new on the devices.
#
# The CA may only vouch for the names and addresses given when it was made (X.509 name
# constraints): should its key leak, it cannot be used to impersonate any other site.
# Needs only openssl (on Windows: Git Bash has it).
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: bash deploy/make-certificate.sh FOLDER NAME_OR_ADDRESS..." >&2
  echo "  e.g. bash deploy/make-certificate.sh buurthuis-certificaat 192.168.1.10 buurthuis.lan" >&2
  exit 2
fi
if ! command -v openssl >/dev/null; then
  echo "make-certificate: needs openssl (Debian: apt-get install openssl)." >&2
  exit 3
fi

folder=$1
shift
mkdir -p "$folder"
umask 077

alt_names=()
constraints=()
for name in "$@"; do
  if [[ $name =~ ^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
    alt_names+=("IP:$name")
    constraints+=("permitted;IP:$name/255.255.255.255")
  elif [[ $name =~ ^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$ ]]; then
    alt_names+=("DNS:$name")
    constraints+=("permitted;DNS:$name")
  else
    echo "make-certificate: \"$name\" is not a host name or an IPv4 address." >&2
    exit 2
  fi
done
join() {
  local IFS=,
  echo "$*"
}

config="$folder/.openssl.cnf"
trap 'rm -f "$config" "$folder/.request.csr" "$folder/.key.pem" "$folder/.cert.pem"' EXIT
cat >"$config" <<CONFIG
[req]
distinguished_name = subject
prompt = no
[subject]
CN = Buurtruil
[ca]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
nameConstraints = critical, $(join "${constraints[@]}")
[server]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = $(join "${alt_names[@]}")
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
CONFIG

if [ ! -f "$folder/ca.pem" ]; then
  openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$folder/ca-key.pem"
  # Ten years: installing it on every device is the part nobody wants to repeat.
  openssl req -x509 -new -config "$config" -extensions ca -key "$folder/ca-key.pem" -sha256 -days 3650 \
    -subj "/CN=Buurtruil CA for $1" -out "$folder/ca.pem"
  echo "Made a new CA: $folder/ca.pem (install it on the devices)."
elif [ ! -f "$folder/ca-key.pem" ]; then
  echo "make-certificate: $folder/ca.pem is there but its key ca-key.pem is not; use a new folder." >&2
  exit 2
fi

# Made under temporary names: a failure leaves the certificate that was there untouched.
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$folder/.key.pem"
openssl req -new -config "$config" -key "$folder/.key.pem" -subj "/CN=$1" -out "$folder/.request.csr"
# 825 days: the longest Apple devices accept for a certificate from a CA a person installed.
openssl x509 -req -in "$folder/.request.csr" -CA "$folder/ca.pem" -CAkey "$folder/ca-key.pem" \
  -set_serial "0x$(openssl rand -hex 16)" -days 825 -sha256 -extfile "$config" -extensions server \
  -out "$folder/.cert.pem" 2>/dev/null
if ! openssl verify -CAfile "$folder/ca.pem" "$folder/.cert.pem" >/dev/null 2>&1; then
  echo "make-certificate: the CA in $folder was made for other names than $*; use a new folder." >&2
  exit 2
fi
mv "$folder/.key.pem" "$folder/key.pem"
mv "$folder/.cert.pem" "$folder/cert.pem"
chmod 644 "$folder/ca.pem" "$folder/cert.pem"
echo "Made $folder/cert.pem and $folder/key.pem for: $*"
