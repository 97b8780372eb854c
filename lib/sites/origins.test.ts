import { describe, expect, it } from 'vitest';
import { hasDedicatedAdapter, originPattern } from './origins';
import { webOrigin } from './web-origin';

describe('origins for the schema.org reader', () => {
  it('reads the origin of web pages only', () => {
    expect(webOrigin('https://shop.example/repair/reviews?page=2#r1')).toBe('https://shop.example');
    expect(webOrigin('chrome://extensions/')).toBeNull();
    expect(webOrigin(undefined)).toBeNull();
    expect(originPattern('https://shop.example')).toBe('https://shop.example/*');
  });

  it('refuses sites that have their own adapter, even on other paths of the same host', () => {
    expect(hasDedicatedAdapter('https://www.tripadvisor.com')).toBe(true);
    expect(hasDedicatedAdapter('https://www.google.com')).toBe(true); // Maps has its own adapter
    expect(hasDedicatedAdapter('https://www.yelp.com')).toBe(true);
    expect(hasDedicatedAdapter('https://shop.example')).toBe(false);
    expect(hasDedicatedAdapter('https://blog.example.co.id')).toBe(false);
  });
});
