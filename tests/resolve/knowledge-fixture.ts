import { KnowledgeFile } from '../../lib/knowledge/schema';

const W = 'https://en.wikipedia.org/wiki/';

/** A tiny knowledge file for engine tests: enough countries, people and offices to resolve roles. */
export function tinyKnowledge(): KnowledgeFile {
  return KnowledgeFile.parse({
    version: 1,
    knowledgeDate: '2025-06-01',
    entities: [
      { id: 'country:gbr', type: 'country', name: 'United Kingdom', aliases: ['UK', 'Britain', 'U.K.'], demonyms: ['British', 'Briton', 'Britons'], iso2: 'GB', iso3: 'GBR', description: 'Country in north-western Europe' },
      { id: 'country:usa', type: 'country', name: 'United States', aliases: ['US', 'U.S.', 'USA', 'America'], demonyms: ['American', 'Americans'], iso2: 'US', iso3: 'USA', description: 'Country in North America' },
      { id: 'country:rus', type: 'country', name: 'Russia', aliases: ['Russian Federation'], demonyms: ['Russian', 'Russians'], iso2: 'RU', iso3: 'RUS', description: 'Country in Eastern Europe and North Asia' },
      { id: 'country:ukr', type: 'country', name: 'Ukraine', demonyms: ['Ukrainian', 'Ukrainians'], iso2: 'UA', iso3: 'UKR', description: 'Country in Eastern Europe' },
      { id: 'country:fra', type: 'country', name: 'France', demonyms: ['French'], iso2: 'FR', iso3: 'FRA', description: 'Country in Western Europe' },
      {
        id: 'keir-starmer', type: 'person', name: 'Keir Starmer', aliases: ['Sir Keir Starmer', 'Starmer'], country: 'country:gbr',
        description: 'Prime Minister of the United Kingdom since 2024',
        roles: [{ title: 'Prime Minister', of: 'country:gbr', kind: 'head-of-government', from: '2024-07-05', to: null, titleAliases: ['PM'] }],
      },
      {
        id: 'rishi-sunak', type: 'person', name: 'Rishi Sunak', aliases: ['Sunak'], country: 'country:gbr',
        description: 'Prime Minister of the United Kingdom 2022-2024',
        roles: [{ title: 'Prime Minister', of: 'country:gbr', kind: 'head-of-government', from: '2022-10-25', to: '2024-07-05' }],
      },
      {
        id: 'donald-trump', type: 'person', name: 'Donald Trump', aliases: ['Trump'], country: 'country:usa', description: 'President of the United States',
        roles: [
          { title: 'President', of: 'country:usa', kind: 'head-of-state', from: '2025-01-20', to: null },
          { title: 'President', of: 'country:usa', kind: 'head-of-government', from: '2025-01-20', to: null },
        ],
      },
      {
        id: 'vladimir-putin', type: 'person', name: 'Vladimir Putin', aliases: ['Putin'], country: 'country:rus', description: 'President of Russia',
        roles: [{ title: 'President', of: 'country:rus', kind: 'head-of-state', from: '2012-05-07', to: null }],
      },
      {
        id: 'volodymyr-zelensky', type: 'person', name: 'Volodymyr Zelensky', aliases: ['Zelensky', 'Zelenskyy'], country: 'country:ukr', description: 'President of Ukraine',
        roles: [{ title: 'President', of: 'country:ukr', kind: 'head-of-state', from: '2019-05-20', to: null }],
      },
      {
        id: 'mikhail-mishustin', type: 'person', name: 'Mikhail Mishustin', country: 'country:rus', description: 'Prime Minister of Russia',
        roles: [{ title: 'Prime Minister', of: 'country:rus', kind: 'head-of-government', from: '2020-01-16', to: null }],
      },
      { id: 'emmanuel-macron', type: 'person', name: 'Emmanuel Macron', aliases: ['Macron'], country: 'country:fra', description: 'President of France', roles: [{ title: 'President', of: 'country:fra', kind: 'head-of-state', from: '2017-05-14', to: null }] },
      { id: 'uk-government', type: 'organization', name: 'UK government', aliases: ['HM Government', 'British government'], country: 'country:gbr', description: 'Central government of the United Kingdom' },
      { id: 'downing-street', type: 'organization', name: 'Downing Street', aliases: ['No 10', 'Number 10'], speaksFor: 'uk-government', country: 'country:gbr', description: "The Prime Minister's office and residence" },
      { id: 'kremlin', type: 'organization', name: 'Kremlin', aliases: ['the Kremlin'], speaksFor: 'country:rus', country: 'country:rus', description: 'Seat of the Russian presidency' },
      { id: 'roscosmos', type: 'organization', name: 'Roscosmos', aliases: ['Russian space agency'], country: 'country:rus', description: 'Russian space corporation' },
      { id: 'russian-mod', type: 'organization', name: 'Ministry of Defence of the Russian Federation', aliases: ['Russian defence ministry'], country: 'country:rus', description: 'Russia’s defence ministry' },
      { id: 'interfax', type: 'organization', name: 'Interfax', country: 'country:rus', description: 'Russian news agency' },
      { id: 'country:vat', type: 'country', name: 'Vatican City', aliases: ['Vatican', 'Holy See'], demonyms: ['Vatican'], description: 'City-state within Rome' },
      { id: 'sco', type: 'organization', name: 'Shanghai Cooperation Organisation', aliases: ['SCO'], description: 'Eurasian security bloc' },
      { id: 'texas', type: 'place', name: 'Texas', country: 'country:usa', description: 'US state in the South' },
      { id: 'democratic-party', type: 'organization', name: 'Democratic Party', aliases: ['Democrats', 'Democratic'], country: 'country:usa', description: 'One of the two major US parties' },
      {
        id: 'chuck-schumer', type: 'person', name: 'Chuck Schumer', country: 'country:usa', description: 'Leader of the Senate Democrats',
        roles: [{ title: 'Democratic leader', of: 'democratic-party', kind: 'party-leader', from: '2017-01-03', to: null }],
      },
      { id: 'nato', type: 'organization', name: 'NATO', aliases: ['Nato', 'North Atlantic Treaty Organization'], description: 'Military alliance of North American and European states' },
      { id: 'coalition-of-the-willing-ukraine', type: 'group', name: 'Coalition of the willing', aliases: ['coalition of the willing'], description: 'Countries ready to support a peace deal in Ukraine' },
    ],
    topics: [
      {
        id: 'ukraine-ceasefire', type: 'topic', name: 'Ukraine ceasefire talks', description: 'Efforts to reach a ceasefire in the Russia-Ukraine war',
        keywords: ['ceasefire', 'Ukraine', 'Russia', 'peace'], phrases: ['30-day ceasefire'],
        facts: [{ text: 'The US proposed a 30-day ceasefire in March 2025.', asOf: '2025-03-11', source: `${W}Peace_negotiations_in_the_Russian_invasion_of_Ukraine` }],
      },
    ],
  });
}
