import { describe, expect, it } from 'vitest';
import { sitePatternFor } from './enable-site';

describe('enabling Kizuki on a site', () => {
  it('asks for the whole site the agent is on, and only web pages', () => {
    expect(sitePatternFor('https://support.acme.co.jp/tickets/12?x=1')).toBe('https://support.acme.co.jp/*');
    expect(sitePatternFor('http://intranet:8080/desk')).toBe('http://intranet:8080/*');
    expect(sitePatternFor('chrome://extensions/')).toBeNull();
    expect(sitePatternFor('not a url')).toBeNull();
    expect(sitePatternFor(undefined)).toBeNull();
  });
});
