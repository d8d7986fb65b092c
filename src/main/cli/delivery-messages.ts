// The words of the deliver and verify commands, in Dutch (default) and English.

import type { Language } from '../../shared/language';

interface DeliveryMessages {
  missingOutFile: string;
  delivered: string;
  deliveredBy: string;
  deliveredAt: string;
  respondents: string;
  fingerprint: string;
  result: string;
  unaltered: string;
  altered: string;
}

const nl: DeliveryMessages = {
  missingOutFile: 'Geef ook het pad van het opleverbestand op: deliver <bestand> <uit>.',
  delivered: 'opgeleverd',
  deliveredBy: 'door',
  deliveredAt: 'opgeleverd op',
  respondents: 'respondenten gepseudonimiseerd',
  fingerprint: 'vingerafdruk (SHA-256)',
  result: 'uitkomst',
  unaltered: 'ongewijzigd — de inhoud komt overeen met de vingerafdruk',
  altered: 'GEWIJZIGD — de inhoud komt niet overeen met de vingerafdruk van de oplevering',
};

const en: DeliveryMessages = {
  missingOutFile: 'Also give the path of the delivery file: deliver <file> <out>.',
  delivered: 'delivered',
  deliveredBy: 'by',
  deliveredAt: 'delivered on',
  respondents: 'respondents pseudonymised',
  fingerprint: 'fingerprint (SHA-256)',
  result: 'result',
  unaltered: 'unaltered — the content matches the fingerprint',
  altered: 'ALTERED — the content does not match the fingerprint recorded at delivery',
};

export function deliveryMessages(language: Language): DeliveryMessages {
  return language === 'en' ? en : nl;
}
