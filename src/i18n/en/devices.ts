// English texts: another device, a lost device and the recovery file.
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { devices as dutch } from '../nl/devices.ts';

export const devices: Translation<typeof dutch> = {
  'device.title': 'My devices',
  'device.thisOne': 'This device',
  'device.unnamed': 'A device',
  'device.remove': 'Stop using {label}',
  'device.removeHint':
    'Was a device stolen or lost? Then also go to the coordinator. Until the coordinator moves you to a new device, whoever has it can still pay with your hours.',
  'device.addButton': 'Also on another device',
  'device.addIntro':
    'Open Buurtruil on your other device and choose "I take part on another device already" there. That device shows a code. Type that code here.',
  'device.label': 'Which device is it?',
  'device.labelHint': 'For example: laptop, tablet. Only you see this.',
  'device.defaultLabel': 'My other device',
  'device.code': 'Code on the other device',
  'device.codeHint': '8 characters, for example 7K3M-Q9XD. Upper or lower case does not matter.',
  'device.connect': 'Connect',
  'device.connecting': 'Connecting to the other device…',
  'device.adding': 'Adding the other device…',
  'device.added': 'Done. {label} now takes part as you. Your hours and appointments are there too.',
  'device.newTitle': 'Link this device',
  'device.newIntro':
    'Do you already take part on your phone or another device? Then this device can join too. It gets a key of its own; your hours and appointments stay yours.',
  'device.lostTitle': 'Device lost',
  'device.lostIntro':
    'Lost your phone or computer, or was everything wiped? Go to the coordinator, for example at the community centre. Show this code. The coordinator moves your hours, appointments and messages to this device. Your old device no longer counts after that.',
  'device.opening': 'Making a code…',
  'device.showCodePair':
    'Type this code on your other device, under Settings, "Also on another device". Or scan the QR code with that device’s camera.',
  'device.showCodeLost': 'Show this code to the coordinator.',
  'device.qr': 'QR code with the code {code}',
  'device.qrHint': 'Keep this page open until it is done.',
  'device.waitingPair': 'Good. Waiting for the other device to send everything…',
  'device.waitingMove': 'Good. Waiting for the coordinator to confirm the move…',
  'device.alreadyMember': 'This device already takes part in a neighbourhood network.',
  'device.toBoard': 'To the notice board',
  'device.problem.unknownCode': 'No device has this code. Check the code and whether the other screen is still open.',
  'device.problem.unreachable': 'No connection. Are both devices online? Try again.',
  'device.problem.closed': 'The connection was lost. Start again.',
  'device.problem.refused':
    'The other device sent something that is not part of pairing. Reload the page on both devices and start again.',
  'device.problem.tampered':
    'The other device’s key was not the key it promised first. Someone may be in between. Nothing was sent. Start again.',
  'device.moveTitle': 'Someone lost everything',
  'device.moveIntro':
    'A neighbour lost their phone or everything was wiped. Talk to them first, so you are sure who it is. Let the neighbour choose "I lost my device" on the new device and type the code it shows.',
  'device.moveCode': 'Code on the new device',
  'device.moveWho': 'Who is it?',
  'device.moveChoose': 'Choose a neighbour',
  'device.moveReason': 'Why? (goes into the log)',
  'device.moveReasonDefault': 'Phone lost, met at the community centre.',
  'device.moveConfirm': 'Move to the new device',
  'device.moveHint':
    'Hours, appointments and messages stay the neighbour’s. What the old device writes after this no longer counts.',
  'device.moving': 'Moving…',
  'device.moved': 'Done. {name} now takes part on the new device.',
  'device.moveNoMember': 'First choose who it is.',

  'recovery.title': 'Keep your key safe',
  'recovery.intro':
    'Make a recovery file. If you lose this device, that file and the password bring everything back on a new device: your hours, your appointments and your messages.',
  'recovery.forkHint':
    'Note: use a recovery file only when your old device is gone. If you use the old and the restored device both, the coordinator sees a double history. That costs nobody else anything, but it is awkward. Want to use two devices? Choose "Also on another device".',
  'recovery.make': 'Make a recovery file',
  'recovery.making': 'Working on it…',
  'recovery.passphraseOnce':
    'This is your password. You see it only once. Write it down or print the sheet, and keep it apart from the file.',
  'recovery.save': 'Save the file',
  'recovery.print': 'Print the sheet',
  'recovery.sheetTitle': 'My Buurtruil key',
  'recovery.sheetFor': 'Of {name}, in {network}.',
  'recovery.sheetDate': 'Made on {date}.',
  'recovery.sheetFile': 'The file is called: {file}',
  'recovery.sheetHow':
    'New device? Open Buurtruil, choose "I have a recovery file", choose the file and type the password above.',
  'recovery.sheetKeep':
    'Keep this sheet as you keep a key. Whoever has the file and this password can take part as you.',
  'recovery.problem.notYet': 'This works once this device has loaded the neighbourhood. Try again in a moment.',
  'recovery.restoreTitle': 'Restore from a recovery file',
  'recovery.restoreIntro':
    'Choose the recovery file and type the password that goes with it. Then this device fetches everything from neighbours.',
  'recovery.file': 'Recovery file',
  'recovery.passphrase': 'Password',
  'recovery.passphraseHint': 'As on the sheet: five groups of four characters. Upper or lower case does not matter.',
  'recovery.restore': 'Restore',
  'recovery.opening': 'Opening the file. This takes a moment…',
  'recovery.problem.noFile': 'First choose the recovery file.',
  'recovery.problem.passphrase': 'The password does not fit this file. Check it again.',
  'recovery.problem.file': 'This is not a Buurtruil recovery file, or it is damaged.',
};
