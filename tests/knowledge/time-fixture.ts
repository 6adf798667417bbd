import { Entity, type TopicInput } from '../../lib/knowledge/schema';

/** Made-up knowledge for the time-aware tests (issue 16): nothing here is about the real world. */
// Made-up topics of a made-up port town: an event of a few days, a one-day vote long ago, a war
// still going on, and a topic of no dates.
const W = 'https://en.wikipedia.org/wiki/';
const fact = (text: string, asOf: string) => ({ text, asOf, source: `${W}Example` });
export const TIME_TOPICS: TopicInput[] = [
  {
    id: 'harbour-strike-2025',
    type: 'event',
    name: 'Eastport harbour strike',
    description: 'A strike by the dockers of Eastport',
    keywords: ['harbour', 'strike', 'dockers'],
    from: '2025-02-10',
    to: '2025-02-20',
    facts: [fact('The dockers of Eastport struck for ten days in February 2025.', '2025-06-01')],
  },
  {
    id: 'lantern-referendum',
    type: 'event',
    name: 'Lantern referendum',
    aliases: ['lantern vote'],
    description: 'A vote on the town’s street lanterns',
    keywords: ['lantern', 'lanterns', 'referendum', 'ballot'],
    from: '2016-06-01',
    to: '2016-06-01',
    facts: [fact('Eastport voted to keep its gas lanterns in June 2016.', '2025-06-01')],
  },
  {
    id: 'valdor-war',
    type: 'event',
    name: 'Valdor war',
    description: 'The war in the hills of Valdor',
    keywords: ['valdor', 'shelling', 'ceasefire'],
    from: '2014-04-01',
    to: null,
    facts: [fact('Fighting in Valdor began in April 2014.', '2025-06-01')],
  },
  {
    id: 'river-pollution',
    type: 'topic',
    name: 'River pollution',
    description: 'Sewage and run-off in the rivers',
    keywords: ['river', 'pollution', 'sewage'],
    facts: [fact('Sewage spills into rivers are counted each year.', '2025-06-01')],
  },
];

// A made-up person: mayor of a made-up town, then its party's leader and the governor of its province.
export const inaMarsh = Entity.parse({
  id: 'ina-marsh',
  type: 'person',
  name: 'Ina Marsh',
  description: 'Governor of Valdor since 2019 and leader of the Harbour Party',
  country: 'valdor',
  roles: [
    { title: 'Mayor', of: 'eastport', kind: 'other', from: '2010-05-01', to: '2016-05-01' },
    { title: 'Leader of the Harbour Party', of: 'harbour-party', kind: 'party-leader', from: '2018-02-01', to: null },
    { title: 'Governor', of: 'valdor', kind: 'head-of-government', from: '2019-01-10', to: null },
  ],
  facts: [
    { text: 'Opened the new harbour bridge as mayor.', asOf: '2012-03-01', source: `${W}Eastport` },
    { text: 'Won a second term as governor.', asOf: '2023-05-20', source: `${W}Valdor` },
    { text: 'Leads the Harbour Party into its third election.', asOf: '2025-06-01', source: `${W}Valdor` },
  ],
});
