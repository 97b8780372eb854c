import type { UrgencyNegation, UrgencyRule } from './urgency-types';

const r = String.raw;

export const EN_URGENCY: readonly UrgencyRule[] = [
  {
    id: 'legal',
    patterns: [
      r`lawyers?`, r`attorneys?`, r`solicitors?`, r`sue`, r`suing`, r`lawsuit`, r`legal action`, r`small claims`,
      r`(?:take|taking) (?:you|this|them|it) to court`, r`trading standards`, r`consumer protection`,
      r`better business bureau`, r`bbb`, r`report(?:ed|ing)? (?:you|this|them|it) to the (?:police|authorities|health department|ftc|council)`,
      r`call(?:ed|ing)? the police`, r`chargeback`,
    ],
    matches: ['I will be contacting my lawyer about this.', 'We are taking them to small claims court.'],
    ignores: ['The lobby was lovely and the staff were kind.'],
  },
  {
    id: 'health_safety',
    patterns: [
      r`food poisoning`, r`poison(?:ed|ing)?`, r`got sick`, r`were sick`, r`was sick`, r`(?:got|was|were|been) (?:badly |seriously )?hurt`, r`fell ill`, r`vomit(?:ing|ed)?`,
      r`threw up`, r`diarrh(?:o)?ea`, r`allergic reaction`, r`anaphyla\p{L}*`, r`(?:to|in|at) (?:the )?(?:hospital|emergency room|er)`, r`hospitali[sz]ed`, r`ambulance`,
      r`injur(?:y|ed|ies)`, r`bleeding`, r`cockroach(?:es)?`, r`roach(?:es)?`, r`bed ?bugs?`, r`rats?`, r`mice`,
      r`maggots?`, r`mold`, r`mould`, r`fire (?:alarm|exit|hazard)`, r`carbon monoxide`, r`gas leak`,
      r`electric(?:al)? shock`, r`unsafe`, r`dangerous`, r`hazard(?:ous)?`, r`broken glass`, r`slipped`,
      r`chok(?:ed|ing)`, r`expired`, r`salmonella`, r`e\.? ?coli`, r`stolen`, r`theft`, r`robbed`, r`break-in`,
      r`raw chicken`, r`undercooked chicken`, r`glass in (?:my|the) food`, r`hair in (?:my|the) food`,
    ],
    matches: ['Two of us got food poisoning after the buffet.', 'We found a cockroach in the bathroom.'],
    ignores: ['The pool area was safe and clean for the kids.', 'The hotel is near the hospital and the station.'],
    negatable: true,
  },
  {
    id: 'discrimination',
    patterns: [
      r`racis[tm]`, r`discriminat\p{L}*`, r`sexis[tm]`, r`homophob\p{L}*`, r`transphob\p{L}*`, r`xenophob\p{L}*`,
      r`because (?:i am|i'm|we are|we're) (?:black|gay|muslim|jewish|asian|foreign\p{L}*|disabled|a woman|women|old)`,
      r`because of (?:my|our) (?:race|skin|colou?r|religion|accent|disability|age|gender|hijab|wheelchair)`,
      r`racially profiled`, r`treated (?:us )?differently`,
    ],
    matches: ['The manager was openly racist to my husband.', 'We were treated differently because we are Muslim.'],
    ignores: ['The restaurant had a wide range of dishes.'],
    negatable: true,
  },
  {
    id: 'privacy',
    patterns: [
      r`privacy (?:violation|breach|invasion)`, r`invasion of (?:my |our )?privacy`, r`violat\p{L}* (?:my|our) privacy`,
      r`gdpr`, r`data (?:breach|leak)`, r`without (?:my|our) (?:consent|permission)`,
      r`(?:my|our) (?:personal )?(?:data|information|details|address|phone number|card details) (?:was |were |got )?(?:leaked|shared|sold|exposed|posted|given)`,
      r`hacked`, r`identity theft`,
    ],
    matches: ['They shared my phone number without my consent.', 'This is a serious privacy violation.'],
    ignores: ['The room had a lovely view of the harbour and plenty of privacy.'],
    negatable: true,
  },
  {
    id: 'going_public',
    patterns: [
      r`go(?:ing)? public`,
      r`(?:contact|call|tell|write to|inform|alert|go to|going to)\p{L}* (?:the |a |our )?(?:local )?(?:press|media|newspapers?|news|journalists?|reporters?|tv)`,
      r`go(?:ing|es)? viral`, r`tiktok`, r`(?:post|posting|share|sharing) (?:this|it) (?:everywhere|on (?:facebook|twitter|instagram|tiktok|reddit|youtube|social media))`,
      r`social media`, r`tell(?:ing)? (?:everyone|everybody|all my friends|the world)`, r`every review site`,
    ],
    matches: ['I will be sharing this on social media and telling everyone I know.', 'I have contacted the local newspaper.'],
    ignores: ['Press the button twice to open the gate.', 'Free newspapers in the lobby every morning.'],
  },
  {
    id: 'boycott',
    patterns: [
      r`boycott\p{L}*`, r`avoid (?:this|that|at all costs|like the plague)`, r`stay away`, r`save your money`,
      r`(?:do not|don't|dont) (?:waste your (?:money|time)|stay here|eat here|book (?:here|this)|buy (?:from )?(?:here|this)|order (?:from )?(?:here|this)|go there|come here)`,
      r`(?:tell|telling|warn|warning) (?:everyone|others|people|my friends) to (?:avoid|stay away)`, r`look elsewhere`,
    ],
    matches: ['Avoid this place at all costs.', "Don't waste your money, look elsewhere."],
    ignores: ['We avoided the rush by arriving early.'],
  },
  {
    id: 'never_again',
    patterns: [
      r`never again`, r`never (?:coming|going) back`, r`(?:will|would|shall) never (?:\p{L}+ )?(?:return|come back|stay|book|order|buy|use|go|eat|shop)`,
      r`(?:won't|will not|wont|wouldn't|would not) (?:be )?(?:back|return\p{L}*|coming back|stay\p{L}* (?:here )?again)`,
      r`(?:first and )?last time (?:i|we)`, r`not (?:be )?coming back`, r`lost (?:a|my|our) (?:customer|business)`,
      r`never (?:stay|book|order|eat|shop)\p{L}* (?:here|there|with them) again`,
    ],
    matches: ['NEVER AGAIN.', "We won't be back, first and last time we stay here."],
    ignores: ['We will definitely come back next summer.'],
  },
  {
    id: 'repeated_complaint',
    patterns: [
      r`(?:second|third|fourth|fifth|2nd|3rd|4th|5th) time (?:this|that|it|my|our|the same|i(?:'ve| have)? (?:complain|call|email|writ|contact|report|ask)\p{L}*)`,
      r`(?:second|third|fourth|fifth|2nd|3rd|4th|5th) (?:complaint|call|email|request)`, r`(?:complain|call|email|writ|ask|happen|report|chas)\p{L}* (?:again and again|over and over)`,
      r`(?:multiple|several|many|numerous|countless) (?:calls|emails|complaints|attempts)`,
      r`(?:called|emailed|complained|asked|contacted \p{L}+) (?:multiple|several|many|numerous|countless) times`,
      r`still (?:no|not|waiting|haven't|have not)`, r`(?:called|emailed|complained|contacted \p{L}+) (?:twice|three times|\d+ times)`,
      r`keeps? happening`, r`same (?:problem|issue) again`, r`no (?:reply|response|answer) (?:yet|to (?:my|our))`,
      r`yet again`, r`every single time`,
    ],
    matches: ['This is the third time my order has arrived damaged.', 'I have emailed three times and still no reply.'],
    ignores: ['It was our second time staying here and we loved it.', 'We have been here several times.', 'We would come back again and again.'],
  },
  {
    id: 'others_agree',
    patterns: [
      r`(?:i'm|i am|we're|we are|was|were) not the only (?:one|ones)`,
      r`(?:other|many|several|most|all the) (?:guests|customers|people|reviewers|travell?ers|users|diners) (?:also |too |have |had )?(?:complained|said|agree|experienced|were|had|have|mentioned)`,
      r`(?:read|see|check) the other reviews`, r`(?:as|like) (?:other|many) reviews? (?:say|said|mention)`,
      r`everyone (?:else )?(?:here|we met|at the (?:hotel|resort|table)) (?:said|agreed|complained)`,
    ],
    matches: ["I'm not the only one, other guests complained too.", 'Read the other reviews, it is not just us.'],
    ignores: ['The other restaurant in the hotel was excellent.'],
  },
];

export const EN_URGENCY_NEGATION: UrgencyNegation = {
  subjects: ['nobody', 'noone', 'no one', 'none', 'none of us', 'neither', 'neither of us', 'nothing'],
  words: [
    'no', 'not', 'never', 'without', 'zero', "didn't", 'didnt', "wasn't", 'wasnt', "weren't", 'werent', "isn't", 'isnt',
    "aren't", 'arent', "don't", 'dont', "doesn't", 'doesnt', "haven't", 'havent', "hasn't", 'hasnt', "hadn't", 'hadnt',
  ],
  clauseBreaks: ['and', 'but', 'so', 'because', 'then', 'though', 'although', 'however', 'while', 'until', 'when', 'after', 'since'],
};
