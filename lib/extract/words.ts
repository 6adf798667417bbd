/** Word lists for English news prose. All lower case; multi-word entries are space-joined. */

const set = (s: string) => new Set(s.trim().split(/\s*\|\s*|\n/).map((w) => w.trim()).filter(Boolean));

/** Honorifics and titles written before a name ("Sir", "Prime Minister", "Sen."). */
export const TITLES = set(`
mr|mrs|ms|miss|mx|dr|sir|dame|lord|lady|baroness|baron|prof|professor|rev|reverend|fr|father|rabbi|imam|sheikh|sheik|ayatollah|
cardinal|archbishop|bishop|pope|king|queen|prince|princess|duke|duchess|emperor|empress|sultan|emir|crown prince|
president|vice president|vice-president|president-elect|prime minister|deputy prime minister|chancellor|minister|secretary|
foreign secretary|home secretary|defence secretary|defense secretary|health secretary|business secretary|culture secretary|
education secretary|justice secretary|energy secretary|transport secretary|environment secretary|work and pensions secretary|
shadow chancellor|shadow foreign secretary|shadow home secretary|shadow health secretary|
secretary of state|foreign minister|defence minister|defense minister|finance minister|interior minister|health minister|
treasury secretary|press secretary|attorney general|attorney-general|senator|sen|rep|representative|congressman|congresswoman|
gov|governor|lt gov|mayor|gen|general|lt|lieutenant|col|colonel|maj|major|capt|captain|adm|admiral|sgt|sergeant|cpl|corporal|
commander|marshal|field marshal|judge|justice|chief justice|speaker|commissioner|chairman|chairwoman|ambassador|envoy|
special envoy|councillor|cllr|det|detective|inspector|supt|superintendent|chief constable|chief inspector|chief executive|
premier|first minister|taoiseach|tanaiste|chief minister|state secretary|ceo|saint|st|mp|mep|mk|mla|msp|
chair|chairperson|vice chair|director|director general|director-general|secretary-general|secretary general|
chief financial officer|chief operating officer|chief technology officer|chief investment officer|chief economist|
chief strategist|chief scientist|chief medical officer|managing director|general counsel|cfo|coo|cto
`);

/** Titles that are also plain words and must be capitalised to count ("General Motors" aside). */
export const WEAK_TITLES = set(`general|major|justice|speaker|saint|st|father|chancellor|minister|secretary|representative|leader|chair|director`);

/** Honorifics that tell the sex of the person. */
export const MALE_TITLES = set(`mr|sir|lord|baron|king|prince|duke|emperor|sultan|father|fr|sheikh|sheik|congressman|chairman|spokesman`);
export const FEMALE_TITLES = set(`mrs|ms|miss|dame|lady|baroness|queen|princess|duchess|empress|congresswoman|chairwoman|spokeswoman`);

/** Lower-case words inside names: "Ursula von der Leyen", "Bank of England", "Mohammed bin Salman". */
export const NAME_PARTICLES = set(`de|da|di|del|della|der|den|van|von|bin|ibn|bint|al|el|la|le|du|dos|das|do|ter|ten|of|y|zu|af|St`);

/** Words that open a sentence with a capital but are not names on their own. */
export const SENTENCE_WORDS = set(`
a|an|the|this|that|these|those|there|here|it|its|it's|he|she|they|we|i|you|his|her|their|our|my|your|who|what|when|where|
why|how|which|while|whilst|if|but|and|or|so|yet|nor|for|as|at|by|in|on|of|to|from|with|without|after|before|since|until|
despite|although|though|because|once|amid|amidst|among|following|during|under|over|into|about|against|between|through|
meanwhile|however|moreover|furthermore|nevertheless|nonetheless|instead|indeed|also|still|even|only|just|then|now|later|
earlier|today|tonight|yesterday|tomorrow|last|next|first|second|third|finally|obviously|clearly|perhaps|maybe|already|
some|many|most|more|several|few|all|both|each|every|no|not|none|one|two|three|four|five|six|seven|eight|nine|ten|
other|others|another|such|much|well|yes|oh|please|thanks|thank|asked|speaking|according|read|watch|listen|see|share|
analysis|photo|photograph|picture|video|image|media|caption|source|sources|getty|reuters|clockwise|above|below|left|right|
top|bottom|main|related|more|live|latest|update|updated|breaking|exclusive|opinion|comment|editorial|advertisement|
monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|
october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|christmas|easter|
is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|should|may|might|must|shall|let|lets|
according|whether|unless|almost|nearly|around|across|along|behind|beyond|within|upon|onto|toward|towards|via|per|
everyone|everything|nothing|nobody|someone|something|anyone|anything|people|officials|experts|critics|residents|
talking|following|asked|speaking|writing|looking|having|being|given|despite|including|regarding|according|former
`);

/** Days and months: capitalised, never names on their own. */
export const CALENDAR = set(`monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december`);

/** The plain present of reporting verbs, for plural and unnamed subjects ("critics say", "analysts warn"). */
const PLAIN_FORMS = `insist|claim|argue|warn|note|admit|acknowledge|concede|suggest|confirm|deny|stress|believe|maintain|predict|
reveal|allege|vow|pledge|promise|explain|assert|declare|recall|estimate|accuse|urge|`;

/** Speech and thought verbs, past and present. */
export const SPEECH_VERBS = set(`
said|says|say|saying|told|tells|tell|added|adds|explained|explains|insisted|insists|stated|states|claimed|claims|argued|
argues|warned|warns|noted|notes|asked|asks|replied|replies|responded|responds|continued|continues|declared|declares|
announced|announces|admitted|admits|acknowledged|acknowledges|conceded|concedes|suggested|suggests|wrote|writes|tweeted|
tweets|posted|posts|recalled|recalls|maintained|maintains|confirmed|confirms|denied|denies|stressed|stresses|emphasised|
emphasized|emphasises|emphasizes|urged|urges|vowed|vows|pledged|pledges|promised|promises|predicted|predicts|believes|
believed|thinks|thought|complained|complains|joked|jokes|laughed|shouted|whispered|cautioned|cautions|observed|observes|
remarked|remarks|reiterated|reiterates|repeated|repeats|countered|counters|agreed|agrees|alleged|alleges|boasted|boasts|
hinted|hints|revealed|reveals|reported|reports|described|describes|called|calls|accused|accuses|blamed|blames|criticised|
criticized|criticises|criticizes|praised|praises|demanded|demands|indicated|indicates|signalled|signaled|mused|muses|
quipped|snapped|blasted|slammed|fumed|raged|ranted|gushed|raved|sobbed|confessed|stormed|bragged|moaned|insisted|speak|speaks|spoke|pointed|went|goes|wondered|wonders|cried|exclaimed|objected|protested|contended|contends|assured|
assures|reassured|told|briefed|testified|testifies|estimated|estimates|forecast|forecasts|expects|expected|hopes|hoped|
fears|feared|said|acknowledged|answered|answers|concluded|concludes|elaborated|explained|put|puts|branded|brands|labelled|
labeled|dubbed|questioned|questions|challenged|announced|threatened|threatens|welcomed|welcomes|condemned|condemns|
${PLAIN_FORMS}
dismissed|dismisses|hailed|hails|decried|decries|derided|derides|lambasted|lambasts|mocked|mocks|
`);

/** Verbs that, followed by "that" or a clause, report speech without quotation marks. */
export const REPORTING_VERBS = set(`
said|says|told|tells|added|adds|insisted|insists|claimed|claims|argued|argues|warned|warns|noted|notes|stated|states|
announced|announces|admitted|admits|acknowledged|acknowledges|conceded|concedes|suggested|suggests|confirmed|confirms|
denied|denies|stressed|stresses|emphasised|emphasized|believes|believed|maintained|maintains|predicted|predicts|
revealed|reveals|indicated|indicates|alleged|alleges|vowed|vows|pledged|pledges|promised|promises|reiterated|
reiterates|explained|explains|asserted|asserts|declared|declares|recalled|recalls|hinted|hints|signalled|signaled|
thinks|thought|wrote|writes|replied|replies|estimated|estimates|accused|accuses|urged|urges|reported|reports|
say|${PLAIN_FORMS}
`);

/** Reporting verbs whose object comes first: the reported content starts at the verb ("accused Putin of …"). */
export const OBJECT_FIRST_VERBS = set(`accused|accuses|accuse|urged|urges|urge|warned|warns|warn|blamed|blames|criticised|criticized|praised|praises`);

/** Verbs that take a listener: "told reporters", "told the BBC". */
export const LISTENER_VERBS = set(`told|tells|tell|assured|assures|reassured|briefed|warned|warns|asked|asks|urged|urges`);

/** Words allowed between a subject and its speech verb ("Mr Obama also said", "she has previously said"). */
export const VERB_FILLERS = set(`
has|have|had|was|is|were|are|will|would|could|should|may|might|must|also|later|then|previously|earlier|again|once|
repeatedly|often|recently|subsequently|further|reportedly|allegedly|privately|publicly|separately|had|been|already|
last|yesterday|today|on|sunday|monday|tuesday|wednesday|thursday|friday|saturday|night|week|year|month|not|never|
`);

/** Nouns for offices, written after "the" ("the Prime Minister", "the Russian leader"). */
export const ROLE_NOUNS = set(`
president|prime minister|pm|premier|chancellor|leader|king|queen|pope|monarch|government|administration|minister|
ministry|department|company|firm|police|army|military|agency|council|court|committee|party|campaign|union|airline|bank|
charity|embassy|regulator|watchdog|club|university|hospital|board|commission|foundation|organisation|organization|
foreign secretary|home secretary|defence secretary|defense secretary|health secretary|secretary of state|foreign minister|
defence minister|defense minister|finance minister|interior minister|vice president|vice-president|first minister|
senator|governor|mayor|ambassador|envoy|special envoy|speaker|taoiseach|chief executive|chairman|chairwoman|
president-elect|prime minister-elect|crown prince|secretary-general|secretary general|attorney general|
`);

/** Institutions a text names again by a common noun ("the ministry", "the company"). */
export const INSTITUTION_NOUNS = set(`ministry|department|company|firm|police|army|military|agency|council|court|committee|party|campaign|union|airline|bank|charity|embassy|regulator|watchdog|club|university|hospital|board|commission|foundation|organisation|organization`);

/** Documents that speak for their authors: "the report said", "a statement from the Kremlin said". */
export const DOCUMENTS = set(`report|study|survey|statement|analysis|poll|review|audit|paper|memo|letter|ruling|filing|complaint|lawsuit|indictment|judgment|judgement|assessment|inquiry|investigation|release|bulletin|guidance|forecast|dossier`);

/** Heads of unnamed sources ("a Downing Street spokesman", "officials", "a senior official", "the report"). */
export const SOURCE_NOUNS = set(`
spokesperson|spokesman|spokeswoman|spokespeople|press secretary|representative|official|officials|source|sources|
aide|aides|adviser|advisers|advisor|advisors|insider|insiders|diplomat|diplomats|person|backbencher|backbenchers|lawmaker|lawmakers|
ally|friend|supporter|colleague|associate|loyalist|confidant|
office|team|campaign|lawyer|lawyers|attorney|attorneys|
resident|witness|voter|passenger|worker|student|teacher|nurse|doctor|protester|neighbour|neighbor|shopkeeper|farmer|parent|
${[...DOCUMENTS].join('|')}
`);

/** The first words of a web page's labels for a picture: "Image caption, …", "Image source, Getty Images". */
export const MEDIA_LABELS = set(`image|media|video|picture|photo`);
const MEDIA_LABEL_WORDS = [...MEDIA_LABELS].join('|');
/** "Image caption, " and the like, as a regex source. */
export const MEDIA_CAPTION = `\\b(?:${MEDIA_LABEL_WORDS})\\s+caption,`;
/** "Image source, " and the like, as a regex source. */
export const MEDIA_SOURCE = `(?:${MEDIA_LABEL_WORDS})\\s+source\\s*,\\s*`;

/** Ordinary people, and people known by whom they stand with, who are sources only as they speak: "a resident said", "one ally said". */
export const PASSER_BY = set(`resident|witness|voter|passenger|worker|student|teacher|nurse|doctor|protester|neighbour|neighbor|shopkeeper|farmer|parent|
backbencher|lawmaker|ally|friend|supporter|colleague|associate|loyalist|confidant`);

/** Adjectives inside a source phrase ("the Prime Minister's official spokesperson"). */
export const SOURCE_ADJECTIVES = set(`
official|chief|deputy|senior|junior|press|former|top|government|military|defence|defense|security|intelligence|
western|european|american|us|british|un|white|house|party|campaign|company|police|ministry|department|foreign|
one|another|two|three|several|unnamed|anonymous|local|regional|state|federal|administration|other|
`);

/** Pronouns that can stand for a speaker. */
export const PRONOUNS = set(`he|she|they|him|her|his|them|hers|i|we`);
