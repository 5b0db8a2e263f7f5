/**
 * Trimmed from the Dutch seed article (examples/data/seed.json, August 2020): the events of the Loekasjenko and
 * Poetin lanes. Most are "one day somewhere in August 2020"; one is a vague-start period.
 */
import type { EventRecord } from '../../../src/types.js';

export const SEED_EVENTS: EventRecord[] = [
  {
    "id": "000_db7e82f0f86a5966-dbwzfmq8",
    "title": "Rusland zegt de druk van buitenaf te hebben besproken met Loekasjenko",
    "language": "nl",
    "sentence": "Rusland zegt de \"druk van buitenaf\" te hebben besproken met Loekasjenko.",
    "kind": "reported",
    "date": {
      "earliest": "2020-08-01",
      "latest": "2020-08-31",
      "granularity": "day",
      "certainty": "within",
      "value": "2020-08-XX",
      "type": "DATE",
      "source": "document-date",
      "edtf": "[2020-08-01..2020-08-31]"
    },
    "actors": [
      "Rusland",
      "Loekasjenko"
    ],
    "places": [],
    "source": {
      "article": "000_db7e82f0f86a5966",
      "articleTitle": "Rusland zegt de \"druk van buitenaf\" te hebben besproken met Loekasjenko.",
      "documentDate": "2020-08",
      "paragraph": 0,
      "sentenceStart": 14,
      "sentenceEnd": 86
    },
    "relations": []
  },
  {
    "id": "000_db7e82f0f86a5966-lnkkd73x",
    "title": "Poetin zegt bereid zijn noodzakelijke steun te verlenen om de problemen",
    "language": "nl",
    "sentence": "Ook zegt Poetin bereid zijn \"noodzakelijke steun\" te verlenen om de \"problemen die opspelen\" op te lossen.",
    "kind": "reported",
    "date": {
      "earliest": "2020-08-01",
      "latest": "2020-08-31",
      "granularity": "day",
      "certainty": "within",
      "value": "2020-08-XX",
      "type": "DATE",
      "source": "document-date",
      "edtf": "[2020-08-01..2020-08-31]"
    },
    "actors": [
      "Poetin"
    ],
    "places": [],
    "source": {
      "article": "000_db7e82f0f86a5966",
      "articleTitle": "Rusland zegt de \"druk van buitenaf\" te hebben besproken met Loekasjenko.",
      "documentDate": "2020-08",
      "paragraph": 0,
      "sentenceStart": 142,
      "sentenceEnd": 248
    },
    "relations": []
  },
  {
    "id": "000_db7e82f0f86a5966-x19069e1",
    "title": "Rusland zegt de Wit-Russische president Loekasjenko te steunen in het kader…",
    "language": "nl",
    "sentence": "Rusland zegt de Wit-Russische president Loekasjenko te steunen in het kader van het militaire pact tussen de twee landen.",
    "kind": "reported",
    "date": {
      "earliest": "2020-08-01",
      "latest": "2020-08-31",
      "granularity": "day",
      "certainty": "within",
      "value": "2020-08-XX",
      "type": "DATE",
      "source": "document-date",
      "edtf": "[2020-08-01..2020-08-31]"
    },
    "actors": [
      "Rusland",
      "Loekasjenko"
    ],
    "places": [],
    "source": {
      "article": "000_db7e82f0f86a5966",
      "articleTitle": "Rusland zegt de \"druk van buitenaf\" te hebben besproken met Loekasjenko.",
      "documentDate": "2020-08",
      "paragraph": 1,
      "sentenceStart": 250,
      "sentenceEnd": 371
    },
    "relations": []
  },
  {
    "id": "000_db7e82f0f86a5966-gcsa5obn",
    "title": "Het Kremlin lijkt mee te gaan met de stelling van Loekasjenko",
    "language": "nl",
    "sentence": "Het Kremlin lijkt mee te gaan met de stelling van de Wit-Russische president, die zegt dat de protesten in zijn land door buitenlandse mogendheden worden georkestreerd.",
    "kind": "speculative",
    "date": {
      "earliest": "2020-08-01",
      "latest": "2020-08-31",
      "granularity": "day",
      "certainty": "within",
      "value": "2020-08-XX",
      "type": "DATE",
      "source": "document-date",
      "edtf": "[2020-08-01..2020-08-31]"
    },
    "actors": [
      "Kremlin",
      "Loekasjenko"
    ],
    "places": [],
    "source": {
      "article": "000_db7e82f0f86a5966",
      "articleTitle": "Rusland zegt de \"druk van buitenaf\" te hebben besproken met Loekasjenko.",
      "documentDate": "2020-08",
      "paragraph": 1,
      "sentenceStart": 372,
      "sentenceEnd": 540
    },
    "relations": []
  },
  {
    "id": "000_db7e82f0f86a5966-aa0f83jn",
    "title": "Poetin wil verregaande integratie tussen Rusland en Wit-Rusland, een…",
    "language": "nl",
    "sentence": "Poetin wil verregaande integratie tussen Rusland en Wit-Rusland, een voormalige Sovjetrepubliek.",
    "kind": "planned",
    "date": {
      "earliest": "2020-08-01",
      "latest": "2020-08-31",
      "granularity": "day",
      "certainty": "within",
      "value": "2020-08-XX",
      "type": "DATE",
      "source": "document-date",
      "edtf": "[2020-08-01..2020-08-31]"
    },
    "actors": [
      "Poetin"
    ],
    "places": [
      "Rusland",
      "Wit-Rusland"
    ],
    "source": {
      "article": "000_db7e82f0f86a5966",
      "articleTitle": "Rusland zegt de \"druk van buitenaf\" te hebben besproken met Loekasjenko.",
      "documentDate": "2020-08",
      "paragraph": 2,
      "sentenceStart": 646,
      "sentenceEnd": 742
    },
    "relations": []
  },
  {
    "id": "000_db7e82f0f86a5966-lqsnzl2k",
    "title": "Loekasjenko hield juist nadrukkelijk afstand",
    "language": "nl",
    "sentence": "Loekasjenko hield de laatste jaren juist nadrukkelijk afstand.",
    "kind": "occurred",
    "date": {
      "earliest": "2015-01-01",
      "latest": "2020-08-31",
      "granularity": "year",
      "certainty": "period",
      "vagueStart": true,
      "value": "PAST_REF",
      "type": "DATE",
      "source": "relative-to-document",
      "edtf": "2015~/2020-08",
      "text": "de laatste jaren"
    },
    "actors": [
      "Loekasjenko"
    ],
    "places": [],
    "source": {
      "article": "000_db7e82f0f86a5966",
      "articleTitle": "Rusland zegt de \"druk van buitenaf\" te hebben besproken met Loekasjenko.",
      "documentDate": "2020-08",
      "paragraph": 2,
      "sentenceStart": 743,
      "sentenceEnd": 805,
      "timexStart": 761,
      "timexEnd": 777
    },
    "relations": []
  },
  {
    "id": "000_db7e82f0f86a5966-log3e8in",
    "title": "Het is de eerste keer dat Poetin dit zelf zegt",
    "language": "nl",
    "sentence": "\"Het is de eerste keer dat Poetin dit zelf zegt.",
    "kind": "reported",
    "date": {
      "earliest": "2020-08-01",
      "latest": "2020-08-31",
      "granularity": "day",
      "certainty": "within",
      "value": "2020-08-XX",
      "type": "DATE",
      "source": "document-date",
      "edtf": "[2020-08-01..2020-08-31]"
    },
    "actors": [
      "Poetin"
    ],
    "places": [],
    "source": {
      "article": "000_db7e82f0f86a5966",
      "articleTitle": "Rusland zegt de \"druk van buitenaf\" te hebben besproken met Loekasjenko.",
      "documentDate": "2020-08",
      "paragraph": 3,
      "sentenceStart": 888,
      "sentenceEnd": 936
    },
    "relations": []
  },
  {
    "id": "000_db7e82f0f86a5966-srvrlpno",
    "title": "Poetin kan dit zeggen als dreiging, maar verder niets doen",
    "language": "nl",
    "sentence": "\"Poetin kan dit zeggen als dreiging, maar verder niets doen.",
    "kind": "speculative",
    "date": {
      "earliest": "2020-08-01",
      "latest": "2020-08-31",
      "granularity": "day",
      "certainty": "within",
      "value": "2020-08-XX",
      "type": "DATE",
      "source": "document-date",
      "edtf": "[2020-08-01..2020-08-31]"
    },
    "actors": [
      "Poetin"
    ],
    "places": [],
    "source": {
      "article": "000_db7e82f0f86a5966",
      "articleTitle": "Rusland zegt de \"druk van buitenaf\" te hebben besproken met Loekasjenko.",
      "documentDate": "2020-08",
      "paragraph": 4,
      "sentenceStart": 1084,
      "sentenceEnd": 1144
    },
    "relations": []
  },
  {
    "id": "000_db7e82f0f86a5966-3oob43r7",
    "title": "Hij zoekt naar een geschikte opvolger van Loekasjenko",
    "language": "nl",
    "sentence": "Of hij zoekt naar een geschikte opvolger van Loekasjenko.",
    "kind": "speculative",
    "date": {
      "earliest": "2020-08-01",
      "latest": "2020-08-31",
      "granularity": "day",
      "certainty": "within",
      "value": "2020-08-XX",
      "type": "DATE",
      "source": "document-date",
      "edtf": "[2020-08-01..2020-08-31]"
    },
    "actors": [
      "Loekasjenko"
    ],
    "places": [],
    "source": {
      "article": "000_db7e82f0f86a5966",
      "articleTitle": "Rusland zegt de \"druk van buitenaf\" te hebben besproken met Loekasjenko.",
      "documentDate": "2020-08",
      "paragraph": 4,
      "sentenceStart": 1145,
      "sentenceEnd": 1202
    },
    "relations": []
  },
  {
    "id": "000_db7e82f0f86a5966-75ud1wf8",
    "title": "Het kan ook dat Poetin wel degelijk militair wil ingrijpen",
    "language": "nl",
    "sentence": "Maar het kan ook dat Poetin wel degelijk militair wil ingrijpen.\"",
    "kind": "speculative",
    "date": {
      "earliest": "2020-08-01",
      "latest": "2020-08-31",
      "granularity": "day",
      "certainty": "within",
      "value": "2020-08-XX",
      "type": "DATE",
      "source": "document-date",
      "edtf": "[2020-08-01..2020-08-31]"
    },
    "actors": [
      "Poetin"
    ],
    "places": [],
    "source": {
      "article": "000_db7e82f0f86a5966",
      "articleTitle": "Rusland zegt de \"druk van buitenaf\" te hebben besproken met Loekasjenko.",
      "documentDate": "2020-08",
      "paragraph": 4,
      "sentenceStart": 1203,
      "sentenceEnd": 1268
    },
    "relations": []
  },
  {
    "id": "000_db7e82f0f86a5966-hqndr79h",
    "title": "Loekasjenko heeft bij een pro-regeringsdemonstratie gezegd dat NAVO-tanks en…",
    "language": "nl",
    "sentence": "Loekasjenko heeft bij een pro-regeringsdemonstratie gezegd dat NAVO-tanks en vliegtuigen klaarstaan bij de Wit-Russische grens.",
    "kind": "reported",
    "date": {
      "earliest": "2020-08-01",
      "latest": "2020-08-31",
      "granularity": "day",
      "certainty": "within",
      "value": "2020-08-XX",
      "type": "DATE",
      "source": "document-date",
      "edtf": "[2020-08-01..2020-08-31]"
    },
    "actors": [
      "Loekasjenko",
      "NAVO"
    ],
    "places": [],
    "source": {
      "article": "000_db7e82f0f86a5966",
      "articleTitle": "Rusland zegt de \"druk van buitenaf\" te hebben besproken met Loekasjenko.",
      "documentDate": "2020-08",
      "paragraph": 5,
      "sentenceStart": 1276,
      "sentenceEnd": 1403
    },
    "relations": []
  },
  {
    "id": "000_db7e82f0f86a5966-xriahiex",
    "title": "Volgens Loekasjenko zijn nieuwe verkiezingen ondenkbaar",
    "language": "nl",
    "sentence": "Volgens Loekasjenko zijn nieuwe verkiezingen ondenkbaar.",
    "kind": "reported",
    "date": {
      "earliest": "2020-08-01",
      "latest": "2020-08-31",
      "granularity": "day",
      "certainty": "within",
      "value": "2020-08-XX",
      "type": "DATE",
      "source": "document-date",
      "edtf": "[2020-08-01..2020-08-31]"
    },
    "actors": [
      "Loekasjenko"
    ],
    "places": [],
    "source": {
      "article": "000_db7e82f0f86a5966",
      "articleTitle": "Rusland zegt de \"druk van buitenaf\" te hebben besproken met Loekasjenko.",
      "documentDate": "2020-08",
      "paragraph": 7,
      "sentenceStart": 1768,
      "sentenceEnd": 1824
    },
    "relations": []
  },
  {
    "id": "000_db7e82f0f86a5966-p04mp73p",
    "title": "Loekasjenko beweert dat hij met hervormingen begint",
    "language": "nl",
    "sentence": "De president beweert dat hij morgen met hervormingen begint als dat is wat het volk wil.",
    "kind": "conditional",
    "date": {
      "earliest": "2020-08-02",
      "latest": "2020-09-01",
      "granularity": "day",
      "certainty": "within",
      "value": "2020-XX-XX",
      "type": "DATE",
      "source": "relative-to-document",
      "edtf": "[2020-08-02..2020-09-01]",
      "text": "morgen"
    },
    "actors": [
      "Loekasjenko"
    ],
    "places": [],
    "source": {
      "article": "000_db7e82f0f86a5966",
      "articleTitle": "Rusland zegt de \"druk van buitenaf\" te hebben besproken met Loekasjenko.",
      "documentDate": "2020-08",
      "paragraph": 7,
      "sentenceStart": 1856,
      "sentenceEnd": 1944,
      "timexStart": 1885,
      "timexEnd": 1891
    },
    "relations": []
  }
];
