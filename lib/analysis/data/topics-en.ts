import type { TopicTaxonomy } from './topics-types';

export const EN_TOPICS: TopicTaxonomy = {
  cleanliness: [
    'clean', 'cleaned', 'cleaning', 'cleanliness', 'dirty', 'filth*', 'unclean', 'spotless', 'stain*', 'dust', 'dusty',
    'mold', 'mould', 'moldy', 'mouldy', 'mildew', 'hair', 'hairs', 'smell*', 'stink*', 'stank', 'odor', 'odour', 'musty',
    'grime', 'grimy', 'sticky', 'hygien*', 'unhygienic', 'sanitary', 'unsanitary', 'housekeeping', 'cockroach*',
    'bedbug*', 'bed bugs', 'disgusting', 'gross', 'messy', 'trash', 'garbage', 'sheets', 'linen*', 'towel*',
  ],
  staff: [
    'staff', 'employee*', 'waiter*', 'waitress*', 'server', 'servers', 'receptionist*', 'reception', 'front desk',
    'concierge', 'manager*', 'management', 'service', 'customer service', 'host', 'hostess', 'bartender*', 'chef',
    'driver', 'agent', 'agents', 'support', 'rude', 'friendly', 'helpful', 'unhelpful', 'attitude', 'courteous',
    'polite', 'impolite', 'attentive', 'unprofessional', 'professional', 'team', 'personnel', 'housekeeper*', 'doorman', 'bellman',
  ],
  food: [
    'food', 'breakfast', 'lunch', 'dinner', 'meal*', 'buffet', 'restaurant*', 'menu', 'dish', 'dishes', 'drink*',
    'coffee', 'tea', 'wine', 'beer', 'cocktail*', 'bar', 'delicious', 'tasty', 'bland', 'taste*', 'flavor*', 'flavour*',
    'cook*', 'undercooked', 'overcooked', 'fresh', 'stale', 'pizza', 'burger*', 'chicken', 'steak', 'fish', 'pasta',
    'dessert*', 'snack*', 'portion*', 'inedible', 'eat', 'ate', 'eating', 'juice', 'bread', 'fruit*', 'salad*',
  ],
  waiting: [
    'wait', 'waited', 'waiting', 'queue*', 'line', 'slow', 'slowly', 'delay*', 'late', 'hours', 'forever', 'took ages',
    'minutes', 'still waiting', 'on hold', 'long time', 'checkin', 'check in', 'took long',
  ],
  room: [
    'room', 'rooms', 'bed', 'beds', 'bathroom*', 'shower*', 'toilet*', 'pool', 'gym', 'spa', 'lobby', 'elevator*',
    'lift', 'lifts', 'balcony', 'view', 'suite', 'air conditioning', 'aircon', 'heating', 'wifi', 'wi fi',
    'tv', 'fridge', 'minibar', 'pillow*', 'mattress*', 'furniture', 'carpet*', 'window*', 'facilit*', 'amenit*',
    'parking', 'hot water', 'tub', 'bathtub', 'sink', 'towels', 'kitchen*', 'door', 'lock',
  ],
  noise: [
    'noise', 'noisy', 'loud', 'loudly', 'music', 'party', 'partying', 'construction', 'traffic', 'thin walls',
    'soundproof*', 'quiet', 'quietly', 'barking', 'snoring', 'shouting', 'screaming', 'drilling', 'nightclub', 'disco',
  ],
  price: [
    'price*', 'priced', 'overpriced', 'expensive', 'cheap', 'cheaper', 'pricey', 'cost*', 'value', 'worth',
    'money', 'bargain', 'affordable', 'rip off', 'ripoff', 'rates', 'deal', 'budget', 'dollars', 'euros',
  ],
  billing: [
    'bill', 'billing', 'billed', 'charge', 'charged', 'charges', 'overcharg*', 'invoice*', 'receipt*', 'payment*',
    'paid', 'pay', 'deposit', 'credit card', 'card', 'booking', 'booked', 'reservation*', 'cancel*', 'fee', 'fees',
    'hidden fees', 'double charged', 'subscription*', 'transaction*',
  ],
  delivery: [
    'delivery', 'delivered', 'deliver', 'shipping', 'shipped', 'shipment', 'package', 'parcel', 'courier', 'tracking',
    'never arrived', 'has not arrived', 'hasnt arrived', 'still not arrived', 'lost in transit', 'dispatch*', 'postage', 'order never', 'late order'
  ],
  product: [
    'product*', 'item', 'items', 'quality', 'broken', 'broke', 'defect*', 'faulty', 'damaged', 'cheaply made',
    'material', 'size', 'fit', 'stopped working', 'doesnt work', 'does not work', 'battery', 'fake', 'counterfeit',
    'warranty', 'durable', 'flimsy', 'ripped', 'torn', 'scratch*',
  ],
  safety: [
    'safety', 'safe', 'unsafe', 'dangerous', 'danger', 'hazard*', 'injur*', 'hurt', 'sick', 'ill', 'food poisoning',
    'poison*', 'vomit*', 'diarrh*', 'allerg*', 'hospital', 'cockroach*', 'roach*', 'bedbug*', 'bed bugs', 'rats',
    'mice', 'mold', 'mould', 'fire', 'security', 'stolen', 'theft', 'robbed', 'expired', 'raw chicken',
  ],
  refund: ['refund*', 'money back', 'reimburse*', 'compensat*', 'return it', 'returned it', 'returning it', 'send it back', 'sent it back', 'chargeback', 'credit back'],
  app: [
    'app', 'apps', 'application', 'website', 'web site', 'online', 'login', 'log in', 'password', 'account',
    'crash*', 'bug', 'buggy', 'glitch*', 'update', 'updates', 'error', 'errors', 'loading', 'screen', 'checkout',
    'notification*', 'link', 'server', 'freez*', 'unresponsive', 'download*',
  ],
};
