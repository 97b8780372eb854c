/** The built-in English library. Written for this project; every body passes the tone checker (see builtin-tone.test.ts). */
import { ANY, LONG_FORM, MIXED, NEGATIVE, POSITIVE, defineTemplates } from './define';

// Sign-offs: the person and role when known, else the business name, else nothing.
const SIGN = `{{#signature}}

{{signature}}{{#role}}, {{role}}{{/role}}{{#brand}}, {{brand}}{{/brand}}{{/signature}}{{^signature}}{{#brand}}

The team at {{brand}}{{/brand}}{{/signature}}`;
const SHORT_SIGN = `{{#signature}} – {{signature}}{{/signature}}`;

export const en = defineTemplates('en', [
  // Complaints, one per topic.
  {
    id: 'en.negative.cleanliness',
    title: 'Cleanliness complaint',
    situations: ['negative'],
    topics: ['cleanliness'],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    body: `{{#name}}{{name}}, thank you{{/name}}{{^name}}Thank you{{/name}} for telling us plainly about {{topic}}. Clean is the bare minimum you should be able to expect from us, and on your visit we did not meet it. I'm sorry.

{{action}}

If you can share the date of your visit through {{contact}}, I'd like to go through it with the person in charge of housekeeping so we understand where our checks failed.${SIGN}`,
  },
  {
    id: 'en.negative.staff',
    title: 'Staff and service complaint',
    situations: ['negative'],
    topics: ['staff'],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    body: `{{#name}}Dear {{name}},

{{/name}}I'm sorry about how you were treated{{#brand}} at {{brand}}{{/brand}}. Nobody should leave feeling ignored or brushed off, and what you describe about {{topic}} is not the welcome we want people to get.

{{action}}

I would like to hear the whole story, including roughly when it happened, so I can talk it through with the team. You can reach me through {{contact}}.${SIGN}`,
  },
  {
    id: 'en.negative.food',
    title: 'Food and drink complaint',
    situations: ['negative'],
    topics: ['food'],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    body: `Thank you{{#name}}, {{name}},{{/name}} for the honest feedback on {{topic}}. Food is a big part of why people come to us, and a dish that arrives the way you describe is a letdown. I'm sorry it spoiled the meal.

{{action}}

I'd like to pass the details to our head chef. If you tell us what you ordered and roughly when through {{contact}}, it will help the kitchen find what went wrong.${SIGN}`,
  },
  {
    id: 'en.negative.waiting',
    title: 'Waiting and delays complaint',
    situations: ['negative'],
    topics: ['waiting'],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    body: `I'm sorry about {{topic}}{{#name}}, {{name}}{{/name}}. Waiting that long is frustrating, and it is worse when nobody explains what is happening. Your time matters, and we did not treat it that way.

{{action}}

If you can tell us the day and time of your visit through {{contact}}, it will help us see what went wrong on that shift.${SIGN}`,
  },
  {
    id: 'en.negative.room',
    title: 'Room and facilities complaint',
    situations: ['negative'],
    topics: ['room'],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    body: `{{#name}}Dear {{name}},

{{/name}}Thank you for letting us know about {{topic}}. When something in the room does not work, it drags the rest of the stay down with it, and I'm sorry that was your experience with us.

{{action}}

If you share your dates through {{contact}}, I'd like to check the maintenance records for your room and follow up on the repair.${SIGN}`,
  },
  {
    id: 'en.negative.noise',
    title: 'Noise complaint',
    situations: ['negative'],
    topics: ['noise'],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    body: `Thank you{{#name}}, {{name}},{{/name}} for telling us about {{topic}}. A bad night's sleep colours the whole next day, and I'm sorry you did not get the rest you came for.

{{action}}

If you tell us which room you were in, and on which nights, through {{contact}}, we can look at where the noise came from.${SIGN}`,
  },
  {
    id: 'en.negative.price',
    title: 'Price and value complaint',
    situations: ['negative'],
    topics: ['price'],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    body: `{{#name}}{{name}}, thank you{{/name}}{{^name}}Thank you{{/name}} for being straight with us about {{topic}}. When what you pay feels like more than what you got back, that is a fair thing to point out, and I'm sorry we did not give you good value this time.

{{action}}

If you are open to it, tell us through {{contact}} which part felt least worth the money. That kind of detail helps us decide what to change first.${SIGN}`,
  },
  {
    id: 'en.negative.billing',
    title: 'Booking and billing complaint',
    situations: ['negative'],
    topics: ['billing'],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    body: `I'm sorry about the trouble with {{topic}}{{#name}}, {{name}}{{/name}}. Being charged something you did not expect is stressful, and you should not have to chase us to get it sorted out.

Please keep card and reservation details out of this public thread. If you send them through {{contact}}, I'd like to go through the charges line by line with you.

{{action}}${SIGN}`,
  },
  {
    id: 'en.negative.delivery',
    title: 'Delivery and shipping complaint',
    situations: ['negative'],
    topics: ['delivery'],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    body: `{{#name}}Hi {{name}},

{{/name}}I'm sorry about {{topic}}. When you are waiting for an order, each day without news is frustrating, and that part is on us.

{{action}}

If you send us your order details through {{contact}}, we can trace the parcel with the carrier and tell you what we find.${SIGN}`,
  },
  {
    id: 'en.negative.product',
    title: 'Product defect complaint',
    situations: ['negative'],
    topics: ['product'],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    body: `Thank you{{#name}}, {{name}},{{/name}} for telling us about {{topic}}. You paid for something that should work, and it let you down. I'm sorry.

Could you send us a photo and a short description of what happened through {{contact}}? It helps us work out whether this is a one-off or a fault that affects other units.

{{action}}${SIGN}`,
  },
  {
    id: 'en.negative.safety',
    title: 'Safety concern (not an injury)',
    situations: ['negative'],
    topics: ['safety'],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    body: `{{#name}}{{name}}, thank you{{/name}}{{^name}}Thank you{{/name}} for raising {{topic}} with us. We are treating it as a safety matter, and I'm sorry you ran into it.

{{action}}

If you can give us a few more details through {{contact}}, such as where exactly it was and when, it will help us check the whole area and not only the spot you saw.${SIGN}`,
  },
  {
    id: 'en.negative.refund',
    title: 'Refund not received',
    situations: ['negative'],
    topics: ['refund'],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    body: `I'm sorry{{#name}}, {{name}}{{/name}}. Waiting for money you expect back is stressful, and you should not have to ask twice.

Could you send us the details of the purchase through {{contact}}? I'd like to check where {{topic}} stands and give you a straight answer.

{{action}}${SIGN}`,
  },
  {
    id: 'en.negative.app',
    title: 'App or website problem',
    situations: ['negative'],
    topics: ['app'],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    body: `Thank you{{#name}}, {{name}},{{/name}} for telling us about {{topic}}. An app that gets in your way defeats the point of having one, and I'm sorry it cost you time.

It would help our developers to know which device and version you are using and what you tapped right before the problem. You can send that through {{contact}}.

{{action}}${SIGN}`,
  },
  {
    id: 'en.negative.app-short',
    title: 'App problem (short, for app stores and X)',
    situations: ['negative'],
    topics: ['app'],
    sentiment: NEGATIVE,
    sites: 'all',
    body: `Thanks{{#name}}, {{name}}{{/name}}, and sorry about {{topic}}. Could you send your device model and app version through {{contact}}? It helps us find the bug faster. {{action}}${SHORT_SIGN}`,
  },
  // Complaints on any topic.
  {
    id: 'en.negative.general',
    title: 'Complaint, any topic',
    situations: ['negative'],
    topics: [],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    body: `{{#name}}Dear {{name}},

{{/name}}Thank you for taking the time to write this. {{#topic}}What you describe about {{topic}} is not what we want anyone to experience with us, and I'm sorry it happened to you.{{/topic}}{{^topic}}What you describe is not what we want anyone to experience with us, and I'm sorry it happened to you.{{/topic}}

{{action}}

If you are willing, tell me more through {{contact}}. The details you give help us fix the cause and not only this one case.${SIGN}`,
  },
  {
    id: 'en.negative.general-direct',
    title: 'Complaint, any topic (brief and direct)',
    situations: ['negative'],
    topics: [],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    body: `{{#name}}{{name}}, I'm sorry.{{/name}}{{^name}}I'm sorry.{{/name}} You came to us expecting a good experience{{#topic}}, and {{topic}} got in the way{{/topic}}. It is on us to put that right.

{{action}}

I'd like to understand exactly what happened. Could you write to us through {{contact}}?${SIGN}`,
  },
  {
    id: 'en.negative.repeated',
    title: 'Same complaint raised again',
    situations: ['negative'],
    topics: [],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    urgency: ['repeated_complaint', 'others_agree'],
    body: `{{#name}}{{name}}, you{{/name}}{{^name}}You{{/name}} should not have had to tell us this more than once, and I'm sorry you did. {{#topic}}Hearing about {{topic}} again means what we did last time was not enough.{{/topic}}

{{action}}

I'd like to talk it through with you directly. You can reach me through {{contact}}.${SIGN}`,
  },
  {
    id: 'en.negative.not-coming-back',
    title: 'Customer says they will not come back',
    situations: ['negative'],
    topics: [],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    urgency: ['never_again', 'boycott'],
    body: `Thank you{{#name}}, {{name}},{{/name}} for telling us why you won't be coming back. That is hard to read, and it is fair: {{#topic}}{{topic}} let you down{{/topic}}{{^topic}}we let you down{{/topic}}, and I'm sorry.

{{action}}

I don't expect one reply to make up for it. If you are open to a conversation, I'm reachable through {{contact}}.${SIGN}`,
  },
  {
    id: 'en.negative.short',
    title: 'Complaint (short, for social media)',
    situations: ['negative'],
    topics: [],
    sentiment: NEGATIVE,
    sites: 'all',
    body: `We're sorry{{#name}}, {{name}}{{/name}}{{#topic}}, about {{topic}}{{/topic}}. That is not the experience we want for you. Could you tell us more through {{contact}}? {{action}}${SHORT_SIGN}`,
  },
  {
    id: 'en.negative.short-flag',
    title: 'Complaint (short, thanks for flagging)',
    situations: ['negative'],
    topics: [],
    sentiment: NEGATIVE,
    sites: 'all',
    body: `Thanks for flagging this{{#name}}, {{name}}{{/name}}, and sorry. {{#topic}}What happened with {{topic}} falls short, and we want to sort it out.{{/topic}}{{^topic}}This falls short, and we want to sort it out.{{/topic}} Please write to us through {{contact}} so we can look into it. {{action}}${SHORT_SIGN}`,
  },
  {
    id: 'en.negative.short-own-it',
    title: 'Complaint (short, owning it)',
    situations: ['negative'],
    topics: [],
    sentiment: NEGATIVE,
    sites: 'all',
    body: `{{#name}}{{name}}, you{{/name}}{{^name}}You{{/name}} deserved better than this, and we're sorry. Could you send us the details through {{contact}} so we can look into it? {{action}}${SHORT_SIGN}`,
  },
  {
    id: 'en.negative.short-listening',
    title: 'Complaint (short, we are listening)',
    situations: ['negative'],
    topics: [],
    sentiment: NEGATIVE,
    sites: 'all',
    body: `We hear you{{#name}}, {{name}}{{/name}}, and we're sorry{{#topic}} about {{topic}}{{/topic}}. Someone from our team would like to follow up: please reach us through {{contact}}. {{action}}${SHORT_SIGN}`,
  },
  // Moving the conversation to a private channel.
  {
    id: 'en.ask-details.private',
    title: 'Ask for details privately',
    situations: ['ask_details'],
    topics: [],
    sentiment: ANY,
    sites: LONG_FORM,
    body: `{{#name}}Hi {{name}},

{{/name}}Thank you for writing. I'd like to look into this properly{{#topic}}, and for that I need a little more detail about {{topic}}{{/topic}}. To protect your privacy, please don't share personal details here. Could you send us the date of your visit and what happened through {{contact}}?

Once we have the details, I'll reply to you myself.${SIGN}`,
  },
  {
    id: 'en.ask-details.short',
    title: 'Ask for details privately (short)',
    situations: ['ask_details'],
    topics: [],
    sentiment: ANY,
    sites: 'all',
    body: `Thanks{{#name}}, {{name}}{{/name}}. We'd like to understand what went wrong. Could you send us the details through {{contact}}? Please leave personal information out of this public thread.${SHORT_SIGN}`,
  },
  {
    id: 'en.ask-details.right-person',
    title: 'Ask for details so the right person picks it up',
    situations: ['ask_details'],
    topics: [],
    sentiment: ANY,
    sites: LONG_FORM,
    body: `Thank you{{#name}}, {{name}},{{/name}} for raising this. There is more we want to understand before we can answer properly, and some of it is better discussed in private than here. If you are happy to, please get in touch through {{contact}} and mention this comment, so the right person picks it up.${SIGN}`,
  },
  // Praise and criticism together.
  {
    id: 'en.mixed.balanced',
    title: 'Mixed feedback',
    situations: ['mixed'],
    topics: [],
    sentiment: MIXED,
    sites: LONG_FORM,
    body: `Thank you{{#name}}, {{name}},{{/name}} for such a balanced account. It is good to hear that parts of your visit went well, and it is equally useful to hear where we fell short{{#topic}}, especially {{topic}}{{/topic}}. I'm sorry we did not get that part right.

{{action}}

If you want to add anything, you can reach us through {{contact}}. We'd be glad to welcome you back and show you a better version of us.${SIGN}`,
  },
  {
    id: 'en.mixed.you-are-right',
    title: 'Mixed feedback, acknowledging the criticism',
    situations: ['mixed'],
    topics: [],
    sentiment: MIXED,
    sites: LONG_FORM,
    body: `{{#name}}Dear {{name}},

{{/name}}Thank you for the kind words, and for the criticism, which we need as much as the praise. {{#topic}}You're right about {{topic}}, and I'm sorry we got it wrong; it is something we can do better.{{/topic}}{{^topic}}I'm sorry about the parts that fell short; they are things we can do better.{{/topic}}

{{action}}

We hope to see you again.${SIGN}`,
  },
  {
    id: 'en.mixed.short',
    title: 'Mixed feedback (short)',
    situations: ['mixed'],
    topics: [],
    sentiment: MIXED,
    sites: 'all',
    body: `Thanks{{#name}}, {{name}},{{/name}} for the good words and for the honest ones. {{#topic}}Sorry about {{topic}}; we're taking note.{{/topic}}{{^topic}}Sorry about what fell short; we're taking note.{{/topic}} {{action}}${SHORT_SIGN}`,
  },
  // Thanks that do not sound canned.
  {
    id: 'en.positive.warm',
    title: 'Thanks for a positive review',
    situations: ['positive'],
    topics: [],
    sentiment: POSITIVE,
    sites: LONG_FORM,
    body: `{{#name}}{{name}}, thank you{{/name}}{{^name}}Thank you{{/name}} for this lovely message. {{#topic}}It is good to hear that {{topic}} stood out for you.{{/topic}} I'll pass your words on to the people who made it happen.

We hope to see you again soon.${SIGN}`,
  },
  {
    id: 'en.positive.come-back',
    title: 'Thanks, with an invitation back',
    situations: ['positive'],
    topics: [],
    sentiment: POSITIVE,
    sites: LONG_FORM,
    body: `Thank you{{#name}}, {{name}}{{/name}}. It means a lot that you took the time to write. {{#topic}}We put real care into {{topic}}, so your words are especially welcome.{{/topic}} Come back whenever you like; we'd be happy to see you.${SIGN}`,
  },
  {
    id: 'en.positive.keep-doing',
    title: 'Thanks: feedback tells us what to keep',
    situations: ['positive'],
    topics: [],
    sentiment: POSITIVE,
    sites: LONG_FORM,
    body: `{{#name}}Dear {{name}},

{{/name}}What a good message to read. Thank you for spending a few minutes of your day on it{{#topic}}, and for the kind words about {{topic}}{{/topic}}. Feedback like this tells us what to keep doing.{{#brand}} We look forward to welcoming you back to {{brand}}.{{/brand}}${SIGN}`,
  },
  {
    id: 'en.positive.staff',
    title: 'Thanks for praising the team',
    situations: ['positive'],
    topics: ['staff'],
    sentiment: POSITIVE,
    sites: LONG_FORM,
    body: `Thank you{{#name}}, {{name}},{{/name}} for mentioning the people who looked after you. Kind words about {{topic}} mean a great deal to the team, because that part of the job is the hardest to see from outside. I'll pass this on to them.${SIGN}`,
  },
  {
    id: 'en.positive.product',
    title: 'Thanks for praising a product or order',
    situations: ['positive'],
    topics: ['product', 'delivery', 'app', 'food'],
    sentiment: POSITIVE,
    sites: LONG_FORM,
    body: `Thank you for taking the time to share this{{#name}}, {{name}}{{/name}}. We're glad {{topic}} lived up to what you hoped for. If you ever have a question or an idea for us, you know where to find us.${SIGN}`,
  },
  {
    id: 'en.positive.short',
    title: 'Thanks (short)',
    situations: ['positive'],
    topics: [],
    sentiment: POSITIVE,
    sites: 'all',
    body: `Thank you{{#name}}, {{name}}{{/name}}. Glad you enjoyed it{{#topic}}, and that {{topic}} stood out{{/topic}}. Hope to see you again soon.${SHORT_SIGN}`,
  },
  {
    id: 'en.positive.short-made-our-day',
    title: 'Thanks (short, warm)',
    situations: ['positive'],
    topics: [],
    sentiment: POSITIVE,
    sites: 'all',
    body: `This made our day{{#name}}, {{name}}{{/name}}. Thanks for taking the time to tell us.{{#topic}} We'll let the team know you liked {{topic}}.{{/topic}}${SHORT_SIGN}`,
  },
  {
    id: 'en.positive.short-team',
    title: 'Thanks (short, passing it to the team)',
    situations: ['positive'],
    topics: [],
    sentiment: POSITIVE,
    sites: 'all',
    body: `Thanks so much{{#name}}, {{name}}{{/name}}. We'll pass this on to the team{{#topic}}, especially what you said about {{topic}}{{/topic}}. Come back soon.${SHORT_SIGN}`,
  },
  // Neutral remarks and questions.
  {
    id: 'en.neutral.question',
    title: 'Neutral comment or question',
    situations: ['neutral'],
    topics: [],
    sentiment: ANY,
    sites: 'all',
    body: `Thank you for your comment{{#name}}, {{name}}{{/name}}. {{#topic}}If you have a question about {{topic}}, we're happy to help through {{contact}}.{{/topic}}{{^topic}}If there is anything we can help with, you can reach us through {{contact}}.{{/topic}}${SHORT_SIGN}`,
  },
  {
    id: 'en.neutral.thanks-for-sharing',
    title: 'Neutral review',
    situations: ['neutral'],
    topics: [],
    sentiment: MIXED,
    sites: LONG_FORM,
    body: `Thank you{{#name}}, {{name}},{{/name}} for sharing your experience. It helps other people know what to expect, and it helps us see our place through your eyes. {{#topic}}We've noted your comments on {{topic}}.{{/topic}} If there is anything you'd like to add, you can reach us through {{contact}}.${SIGN}`,
  },
  // After a fix.
  {
    id: 'en.follow-up.fixed',
    title: 'Follow-up after a fix',
    situations: ['follow_up'],
    topics: [],
    sentiment: ANY,
    sites: LONG_FORM,
    body: `{{#name}}Hi {{name}},

{{/name}}We wanted to come back to this. After your comments{{#topic}} about {{topic}}{{/topic}}, here is what has changed: {{fix}}

Thank you for pointing it out; it made us look at something we had missed. If you visit again, we would like to hear whether you notice the difference.${SIGN}`,
  },
  {
    id: 'en.follow-up.short',
    title: 'Follow-up after a fix (short)',
    situations: ['follow_up'],
    topics: [],
    sentiment: ANY,
    sites: 'all',
    body: `{{#name}}{{name}}, a{{/name}}{{^name}}A{{/name}} quick update{{#topic}} on {{topic}}{{/topic}}: {{fix}} Thank you for telling us; it helped.${SHORT_SIGN}`,
  },
  // Reviews that may be mistaken: never an accusation.
  {
    id: 'en.disputed.no-record',
    title: 'Cannot match the review to a visit (check your records first)',
    situations: ['disputed'],
    topics: [],
    sentiment: ANY,
    sites: LONG_FORM,
    body: `Thank you for writing{{#name}}, {{name}}{{/name}}. We have tried to find the visit you describe and could not match it yet, so we may be missing something. Could you contact us through {{contact}} with the date and any details you remember? If this happened with us, we want to put it right, and if it was somewhere with a similar name, we would still like to help you reach the right people.${SIGN}`,
  },
  {
    id: 'en.disputed.details-differ',
    title: 'Details do not match what we offer',
    situations: ['disputed'],
    topics: [],
    sentiment: ANY,
    sites: LONG_FORM,
    body: `Thank you{{#name}}, {{name}},{{/name}} for taking the time to write. Some of the details you mention do not match what we offer{{#brand}} at {{brand}}{{/brand}}, and we would like to understand what happened. If you can tell us more through {{contact}}, we will look into it and help however we can.${SIGN}`,
  },
  {
    id: 'en.disputed.short',
    title: 'Cannot match the comment (short)',
    situations: ['disputed'],
    topics: [],
    sentiment: ANY,
    sites: 'all',
    body: `Thanks for your comment{{#name}}, {{name}}{{/name}}. We'd like to understand what happened and could not match it to a visit yet. Could you reach us through {{contact}} with a few details?${SHORT_SIGN}`,
  },
  // Complaints that must go to a named person.
  {
    id: 'en.escalation.formal-complaint',
    title: 'Formal complaint: a named person takes it',
    situations: ['escalation'],
    topics: [],
    sentiment: ANY,
    sites: LONG_FORM,
    urgency: ['legal'],
    body: `{{#name}}Dear {{name}},

{{/name}}Thank you for raising this. My name is {{signature}}, {{role}}{{#brand}} at {{brand}}{{/brand}}, and I am handling your complaint personally. So that it gets the attention it needs, and to protect your privacy, please contact me through {{contact}} and not in this thread.

{{action}}

I will reply to you directly and will not discuss the details in public.`,
  },
  {
    id: 'en.escalation.health',
    title: 'Illness or injury: a named person takes it',
    situations: ['escalation'],
    topics: [],
    sentiment: ANY,
    sites: LONG_FORM,
    urgency: ['health_safety'],
    body: `{{#name}}{{name}}, thank you{{/name}}{{^name}}Thank you{{/name}} for telling us. Anything that affects someone's health comes first, and I'm sorry you went through this. I'm {{signature}}, {{role}}{{#brand}} at {{brand}}{{/brand}}, and I am looking into it myself.

Could you contact me through {{contact}} with the date and what you ate, used or touched? Those details help us find the cause quickly. I hope you are feeling better.

{{action}}`,
  },
  {
    id: 'en.escalation.unfair-treatment',
    title: 'Unfair or discriminatory treatment: a named person takes it',
    situations: ['escalation'],
    topics: [],
    sentiment: ANY,
    sites: LONG_FORM,
    urgency: ['discrimination'],
    body: `{{#name}}Dear {{name}},

{{/name}}Thank you for telling us how you were treated. What you describe is serious. You deserved the same respect as anyone else, and I'm sorry you did not get it.

I'm {{signature}}, {{role}}{{#brand}} at {{brand}}{{/brand}}, and I am responsible for looking into this. I'd like to hear from you directly through {{contact}}, so I can find out exactly what happened and who was involved.

{{action}}`,
  },
  {
    id: 'en.escalation.privacy',
    title: 'Personal data concern: a named person takes it',
    situations: ['escalation'],
    topics: [],
    sentiment: ANY,
    sites: LONG_FORM,
    urgency: ['privacy'],
    body: `Thank you{{#name}}, {{name}},{{/name}} for raising this. A question about personal information deserves a careful answer, and a public thread is not the place for it. I'm {{signature}}, {{role}}{{#brand}} at {{brand}}{{/brand}}, and I'm taking this on myself. Please contact me through {{contact}}.

{{action}}`,
  },
  {
    id: 'en.escalation.short',
    title: 'Serious complaint: a named person takes it (short)',
    situations: ['escalation'],
    topics: [],
    sentiment: ANY,
    sites: 'all',
    body: `Thank you for telling us{{#name}}, {{name}}{{/name}}. This needs a proper answer, not a quick one here. I'm {{signature}}, {{role}}, and I'm handling it personally. Please reach me through {{contact}}.`,
  },
  // Public holding statements when there are too many comments to answer one by one.
  {
    id: 'en.holding.statement',
    title: 'Holding statement: what happened, what we are doing, next update',
    situations: ['holding_statement'],
    topics: [],
    sentiment: ANY,
    sites: LONG_FORM,
    body: `A message{{#brand}} from {{brand}}{{/brand}} to everyone who has written to us{{#topic}} about {{topic}}{{/topic}}.

What happened: {{what_happened}}

What we are doing: {{action}}

When you will hear from us: we will post the next update here {{update_time}}. We are reading your messages and will answer individually where we can. If you need help with your own case, please reach us through {{contact}}.${SIGN}`,
  },
  {
    id: 'en.holding.reply',
    title: 'Holding reply to one person during an incident',
    situations: ['holding_statement'],
    topics: [],
    sentiment: ANY,
    sites: LONG_FORM,
    body: `Thank you for writing{{#name}}, {{name}}{{/name}}, and I'm sorry you were affected. {{what_happened}} Here is what we are doing about it: {{action}} We will post the next update here {{update_time}}. If you need help with your own case in the meantime, please reach us through {{contact}}.${SIGN}`,
  },
  {
    id: 'en.holding.short',
    title: 'Holding statement (short, for X)',
    situations: ['holding_statement'],
    topics: [],
    sentiment: ANY,
    sites: 'all',
    body: `To everyone affected{{#topic}} by {{topic}}{{/topic}}: {{what_happened}} {{action}} Next update here {{update_time}}.${SHORT_SIGN}`,
  },
  {
    id: 'en.holding.progress',
    title: 'Holding statement: progress update',
    situations: ['holding_statement'],
    topics: [],
    sentiment: ANY,
    sites: LONG_FORM,
    body: `Here is where things stand{{#topic}} with {{topic}}{{/topic}}. {{what_happened}}

Since our last message: {{fix}}

Still in progress: {{action}}

We will post again {{update_time}}. Thank you for bearing with us, and thank you to everyone who told us about this: you helped us find it sooner.${SIGN}`,
  },
]);
