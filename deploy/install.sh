#!/usr/bin/env bash
# Puts Buurtruil on a small Debian server (12 or newer), as root, in one command:
#
#   sudo bash deploy/install.sh buurt.example.nl
#
# from the folder Buurtruil was unpacked or cloned into (docs/deploy.md: /opt/buurtruil).
# It installs Caddy and npm from Debian, the Node 24 of package.json with `npm ci`, builds
# the site, runs the relay as the service buurtruil-relay (user buurtruil, 127.0.0.1:4444)
# and makes Caddy serve the site and relay over https for that name, with a certificate
# from Let's Encrypt. Run it again after an update: it does the same again.
set -euo pipefail

domain=${1:-}
if [[ ! $domain =~ ^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?\.[A-Za-z]{2,}$ ]]; then
  echo "usage: sudo bash deploy/install.sh NAME   (the server's name, e.g. buurt.example.nl)" >&2
  exit 2
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install: run this as root (sudo bash deploy/install.sh $domain)." >&2
  exit 2
fi
if ! command -v apt-get >/dev/null || ! command -v systemctl >/dev/null; then
  echo "install: this script is for Debian (or Ubuntu) with systemd; docs/deploy.md has the steps." >&2
  exit 2
fi

folder=$(cd "$(dirname "$0")/.." && pwd)
cd "$folder"
step() { printf '\n== %s\n' "$*"; }

step "Packages from Debian: Caddy, npm (the Node that comes with it only runs npm)"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq caddy npm ca-certificates curl >/dev/null

step "Node 24 and the rest, as package-lock.json says; then the site"
npm ci --no-audit --no-fund
ASTRO_TELEMETRY_DISABLED=1 npm run build

step "The relay as a service (user buurtruil, 127.0.0.1:4444)"
if ! id buurtruil >/dev/null 2>&1; then
  useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin buurtruil
fi
sed "s#/opt/buurtruil#$folder#g" deploy/buurtruil-relay.service >/etc/systemd/system/buurtruil-relay.service
systemctl daemon-reload
systemctl enable buurtruil-relay >/dev/null 2>&1
systemctl restart buurtruil-relay

step "Caddy for https://$domain"
if [ -f /etc/caddy/Caddyfile ] && ! grep -q 'deploy/caddy/site.caddy' /etc/caddy/Caddyfile; then
  cp /etc/caddy/Caddyfile /etc/caddy/Caddyfile.before-buurtruil
  echo "(the Caddyfile that was there is kept as /etc/caddy/Caddyfile.before-buurtruil)"
fi
sed "s#/opt/buurtruil#$folder#g; s#buurt\.example\.nl#$domain#g" deploy/Caddyfile >/etc/caddy/Caddyfile
caddy validate --adapter caddyfile --config /etc/caddy/Caddyfile >/dev/null
systemctl enable caddy >/dev/null 2>&1
systemctl reload-or-restart caddy

step "Firewall"
if command -v ufw >/dev/null && ufw status | grep -q 'Status: active'; then
  ufw allow 80/tcp >/dev/null
  ufw allow 443/tcp >/dev/null
  ufw allow 443/udp >/dev/null
  echo "ufw: ports 80 and 443 are open."
else
  echo "No active ufw here. Make sure ports 80 and 443 (tcp, and 443 udp) reach this server:"
  echo "in your hosting provider's firewall too, if it has one."
fi

step "Check"
# The first visit may wait for Let's Encrypt: up to two minutes.
for _ in $(seq 1 30); do
  if curl -fsS --max-time 5 -o /dev/null "https://$domain/"; then
    echo "https://$domain works."
    if curl -fsS --max-time 5 "https://$domain/health"; then
      echo "  <- its relay answers at https://$domain/health."
    else
      echo "The relay does not answer at https://$domain/health. See: journalctl -u buurtruil-relay"
      exit 1
    fi
    exit 0
  fi
  sleep 4
done
echo "https://$domain does not answer yet. Is the name's DNS record pointing at this server,"
echo "and are ports 80 and 443 open? See: journalctl -u caddy -u buurtruil-relay --since -10min"
exit 1
