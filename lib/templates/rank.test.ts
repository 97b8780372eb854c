/**
 * Ranking on realistic comments. Each case quotes the comment it stands for (written for these tests)
 * and the analysis another module would produce for it.
 */
import { describe, expect, it } from 'vitest';
import { builtinTemplates } from './builtin';
import { fitsSite } from './limits';
import { fillTemplate } from './fill';
import { rankTemplates, templateVarsFor, type TemplateContext, type TemplateRankInput } from './rank';
import type { ReplyTemplate } from './schema';

const HOTEL: TemplateContext['brand'] = {
  name: 'Hotel Miramar',
  signature: 'Daniel',
  role: 'Guest Relations Manager',
  contactChannel: 'our guest relations inbox',
  allowedActions: ['a refund of the first night'],
};

function context(overrides: Partial<TemplateContext> = {}): TemplateContext {
  return { brand: HOTEL, recentlyUsed: [], ...overrides };
}

function analysis(overrides: Partial<TemplateRankInput>): TemplateRankInput {
  return { lang: 'en', label: 'negative', score: -0.7, topics: [], urgency: [], rating: null, site: 'tripadvisor', alreadyAnswered: false, ...overrides };
}

describe('rankTemplates on realistic comments', () => {
  it('English TripAdvisor: "The bathroom was filthy, hair in the shower and towels that smelled. 180 a night for this."', () => {
    const ranked = rankTemplates(
      analysis({ topics: ['cleanliness', 'price'], topicWords: { cleanliness: 'hair in the shower' }, rating: 1, score: -0.8, authorName: 'Maria Lopez' }),
      context(),
    );
    expect(ranked).toHaveLength(3);
    expect(ranked[0]?.template.id).toBe('en.negative.cleanliness');
    expect(ranked[0]?.reason).toBe('matches: cleanliness, negative, English');
    expect(ranked[0]?.filled).toContain('Maria, thank you for telling us plainly about hair in the shower.');
    expect(ranked.map((r) => r.template.lang)).toEqual(['en', 'en', 'en']);
    // What the business will do is never chosen for the user, even when it has allowed actions configured.
    expect(ranked[0]?.missing).toEqual(['action']);
    expect(ranked[0]?.filled).toContain('[what we will do]');
    expect(ranked[0]?.filled).not.toContain('refund');
  });

  it('Spanish Google: "Esperamos más de una hora a que nos sirvieran y nadie nos explicó nada. No volveremos."', () => {
    const ranked = rankTemplates(
      analysis({ lang: 'es', site: 'google', topics: ['waiting'], topicWords: { waiting: 'la hora de espera' }, urgency: ['never_again'], rating: 2, score: -0.6 }),
      context({ brand: { name: 'Restaurante Lola', contactChannel: 'un mensaje privado a esta cuenta' } }),
    );
    const ids = ranked.map((r) => r.template.id);
    expect(ids).toContain('es.negative.waiting');
    expect(ids).toContain('es.negative.not-coming-back');
    expect(ranked.find((r) => r.template.id === 'es.negative.waiting')?.reason).toBe('matches: waiting, negative, Spanish');
    expect(ranked.find((r) => r.template.id === 'es.negative.not-coming-back')?.reason).toBe('matches: never_again, negative, Spanish');
    expect(ranked[0]?.filled).toContain('Restaurante Lola');
  });

  it('Indonesian Google Play: "Aplikasinya sering error pas mau bayar, udah update tetap sama."', () => {
    const ranked = rankTemplates(
      analysis({ lang: 'id', site: 'googleplay', topics: ['app'], topicWords: { app: 'error saat bayar' }, rating: 1, score: -0.7, authorName: 'budi santoso' }),
      context({ brand: { signature: 'Rina', contactChannel: 'DM Instagram kami' } }),
    );
    expect(ranked[0]?.template.id).toBe('id.negative.app-short');
    expect(ranked[0]?.filled).toMatch(/^Makasih Kak Budi, maaf ya soal error saat bayar\./);
    for (const result of ranked) expect(fitsSite(result.filled, 'googleplay')).toBe(true);
  });

  it('Indonesian TripAdvisor, mixed: "Kamarnya bersih dan sarapannya enak, tapi AC-nya berisik sekali."', () => {
    const ranked = rankTemplates(
      analysis({ lang: 'id', label: 'mixed', score: 0.1, topics: ['noise'], topicWords: { noise: 'AC yang berisik' }, rating: 3 }),
      context(),
    );
    expect(ranked[0]?.template.situations).toContain('mixed');
    expect(ranked[0]?.filled).toContain('AC yang berisik');
  });

  it('English positive: "Lovely stay, Ketut at reception went out of his way for us."', () => {
    const ranked = rankTemplates(
      analysis({ label: 'positive', score: 0.9, topics: ['staff'], topicWords: { staff: 'Ketut at reception' }, rating: 5, site: 'google' }),
      context(),
    );
    expect(ranked[0]?.template.id).toBe('en.positive.staff');
    for (const result of ranked) expect(result.template.situations).not.toContain('negative');
  });

  it('refills a suggestion once the user picks what the business will do', () => {
    const input = analysis({ topics: ['room'], topicWords: { room: 'the broken shower' }, authorName: 'Tom' });
    const [top] = rankTemplates(input, context());
    if (!top) throw new Error('no suggestion');
    const chosen = 'We have replaced the shower in that room.';
    const refilled = fillTemplate(top.template, { ...templateVarsFor(top.template, input, context()), action: chosen });
    expect(refilled.filled).toBe(top.filled.replace('[what we will do]', chosen));
    expect(refilled.missing).toEqual([]);
  });

  it('Spanish Instagram question: "¿Tenéis parking para clientes?"', () => {
    const [top] = rankTemplates(analysis({ lang: 'es', label: 'neutral', score: 0, site: 'instagram' }), context());
    expect(top?.template.situations).toContain('neutral');
    expect(top?.reason).toBe('matches: neutral, Spanish');
  });

  it('only offers replies that fit on X', () => {
    const ranked = rankTemplates(analysis({ site: 'x', topics: ['delivery'] }), context({ limit: 10 }));
    expect(ranked.length).toBeGreaterThan(0);
    for (const result of ranked) expect(fitsSite(result.filled, 'x')).toBe(true);
  });

  it('quotes shouted words calmly and falls back to its own phrase when the words do not fit a sentence', () => {
    const shouted = rankTemplates(analysis({ topics: ['noise'], topicWords: { noise: 'THE PARTY NEXT DOOR!!!' } }), context());
    expect(shouted[0]?.filled).toContain('about the party next door.');
    const rambling = 'the noise from the street and the bar and the lift and the people in the corridor all night long';
    const long = rankTemplates(analysis({ topics: ['noise'], topicWords: { noise: rambling } }), context());
    expect(long[0]?.filled).toContain('Thank you for telling us about the noise.');
  });

  it('leaves out an anonymous reviewer’s display name', () => {
    const ranked = rankTemplates(analysis({ authorName: 'A Tripadvisor Member', topics: ['noise'] }), context());
    for (const result of ranked) expect(result.filled).not.toMatch(/Tripadvisor Member|\[first name\]/);
  });
});

describe('situations that need more than a standard reply', () => {
  it('routes a legal threat to a named person: "I will be speaking to a solicitor about this."', () => {
    const [top] = rankTemplates(analysis({ urgency: ['legal'], topics: ['billing'] }), context());
    expect(top?.template.id).toBe('en.escalation.formal-complaint');
    expect(top?.filled).toContain('My name is Daniel, Guest Relations Manager at Hotel Miramar');
    expect(top?.reason).toBe('matches: legal, needs a named person, English');
  });

  it('routes food poisoning to a named person: "Sekeluarga keracunan setelah makan di sini."', () => {
    const [top] = rankTemplates(analysis({ lang: 'id', urgency: ['health_safety'], topics: ['food', 'safety'], site: 'google' }), context());
    expect(top?.template.id).toBe('id.escalation.health');
  });

  it('routes discrimination to a named person: "No nos dejaron entrar por nuestro color de piel."', () => {
    const [top] = rankTemplates(analysis({ lang: 'es', urgency: ['discrimination'], topics: ['staff'], site: 'google' }), context());
    expect(top?.template.id).toBe('es.escalation.unfair-treatment');
  });

  it('answers a suspected fake without accusing: "Worst hotel ever, the pool was green" (the hotel has no pool)', () => {
    const ranked = rankTemplates(analysis({ suspectedFake: true, topics: ['room'] }), context());
    expect(ranked[0]?.template.situations).toContain('disputed');
  });

  it('offers a follow-up when the comment was already answered and something was fixed', () => {
    const [top] = rankTemplates(analysis({ alreadyAnswered: true, topics: ['cleanliness'] }), context());
    expect(top?.template.situations).toContain('follow_up');
    expect(top?.missing).toContain('fix');
  });

  it('prefers holding statements in a crisis, and never offers them otherwise', () => {
    const input = analysis({ topics: ['billing'], urgency: ['going_public', 'others_agree'] });
    const [top] = rankTemplates(input, context({ crisis: true }));
    expect(top?.template.situations).toEqual(['holding_statement']);
    expect(top?.missing).toEqual(expect.arrayContaining(['what_happened', 'action', 'update_time']));
    const calm = rankTemplates(input, context({ limit: 50 }));
    expect(calm.some((r) => r.template.situations.includes('holding_statement'))).toBe(false);
  });

  it('does not answer a first complaint with "you told us before" or "you won\'t be back"', () => {
    const ranked = rankTemplates(analysis({ topics: ['noise'] }), context({ limit: 100 }));
    const ids = ranked.map((r) => r.template.id);
    expect(ids).not.toContain('en.negative.repeated');
    expect(ids).not.toContain('en.negative.not-coming-back');
    const repeated = rankTemplates(analysis({ topics: ['noise'], urgency: ['repeated_complaint'] }), context());
    expect(repeated[0]?.template.id).toBe('en.negative.repeated');
  });

  it('does not offer escalation, dispute or follow-up templates to an ordinary complaint', () => {
    const ranked = rankTemplates(analysis({ topics: ['food'] }), context({ limit: 100 }));
    const offered = new Set(ranked.flatMap((r) => r.template.situations));
    for (const situation of ['escalation', 'disputed', 'follow_up', 'holding_statement', 'positive']) expect(offered.has(situation as never)).toBe(false);
    for (const result of ranked) {
      const topics = result.template.topics;
      expect(topics.length === 0 || topics.includes('food')).toBe(true);
    }
  });
});

describe('ranking mechanics', () => {
  it('returns three by default and honours the limit', () => {
    expect(rankTemplates(analysis({}), context())).toHaveLength(3);
    expect(rankTemplates(analysis({}), context({ limit: 1 }))).toHaveLength(1);
  });

  it('offers real alternatives: the three suggestions are not all of one kind', () => {
    const ranked = rankTemplates(analysis({ topics: ['cleanliness'], site: 'google' }), context());
    expect(ranked[0]?.template.id).toBe('en.negative.cleanliness');
    expect(new Set(ranked.map((r) => r.template.situations[0])).size).toBeGreaterThan(1);
    const scores = ranked.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('ranks the library it is given', () => {
    const own: ReplyTemplate = { ...(builtinTemplates.find((t) => t.id === 'en.negative.short') as ReplyTemplate), id: 'user.en.mine' };
    const ranked = rankTemplates(analysis({}), context({ library: [own] }));
    expect(ranked.map((r) => r.template.id)).toEqual(['user.en.mine']);
  });

  it('is deterministic for a seed, and different seeds vary the choice among equally good templates', () => {
    const input = analysis({ site: 'facebook' });
    expect(rankTemplates(input, context({ seed: 7 }))).toEqual(rankTemplates(input, context({ seed: 7 })));
    const tops = new Set(Array.from({ length: 20 }, (_, seed) => rankTemplates(input, context({ seed }))[0]?.template.id));
    expect(tops.size).toBeGreaterThan(1);
  });

  it('demotes a template used recently', () => {
    const input = analysis({ topics: ['cleanliness'] });
    const first = rankTemplates(input, context())[0];
    const again = rankTemplates(input, context({ recentlyUsed: [first?.template.id ?? ''] , limit: 50 }));
    expect(again[0]?.template.id).not.toBe(first?.template.id);
    const demoted = again.find((r) => r.template.id === first?.template.id);
    expect(demoted?.reason).toMatch(/; used recently$/);
    expect(demoted?.score).toBeLessThan(first?.score ?? 0);
  });

  it('gives ten replies on one page ten different openings', () => {
    // Ten complaints about the same hotel's cleanliness, answered one after another.
    const reviewers = ['Tom', 'Priya', 'A Google User', 'Chen', 'Laura', 'Anonymous', 'Ahmed', 'Sofie', 'Ben', 'Marta'];
    const recentlyUsed: string[] = [];
    const replies: string[] = [];
    const used: string[] = [];
    reviewers.forEach((authorName, seed) => {
      const [top] = rankTemplates(analysis({ topics: ['cleanliness'], authorName, site: 'google' }), context({ recentlyUsed, seed }));
      if (!top) throw new Error('no suggestion');
      used.push(top.template.id);
      replies.push(top.filled);
      recentlyUsed.unshift(top.template.id);
    });
    const openings = replies.map((reply) => reply.split(/[.?]/)[0]?.replace(/Tom|Priya|Chen|Laura|Ahmed|Sofie|Ben|Marta/, 'NAME'));
    expect(new Set(used).size).toBeGreaterThanOrEqual(6);
    expect(new Set(openings).size).toBeGreaterThanOrEqual(6);
    for (let i = 1; i < used.length; i++) expect(used[i]).not.toBe(used[i - 1]);
  });

  it('varies short replies on X too, where only short templates fit', () => {
    for (const lang of ['en', 'es', 'id'] as const) {
      const recentlyUsed: string[] = [];
      for (let seed = 0; seed < 10; seed++) {
        const [top] = rankTemplates(analysis({ lang, topics: ['cleanliness'], site: 'x' }), context({ recentlyUsed, seed }));
        recentlyUsed.unshift(top?.template.id ?? '');
      }
      expect(new Set(recentlyUsed).size, lang).toBeGreaterThanOrEqual(5);
    }
  });
});
