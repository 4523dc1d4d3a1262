import { describe, expect, it } from 'vitest';
import { compileIdTemplate, compileMatchPattern, globMatches, idTemplateProblem, matchPatternProblem } from './url';

const test = (pattern: string, url: string) => compileMatchPattern(pattern)?.(new URL(url)) ?? null;
const id = (template: string, url: string) => compileIdTemplate(template)?.(new URL(url)) ?? null;

describe('match patterns', () => {
  it('honour a port, and without one match every port', () => {
    expect(test('http://127.0.0.1:8080/*', 'http://127.0.0.1:8080/Ticket/Display.html?id=4')).toBe(true);
    expect(test('http://127.0.0.1:8080/*', 'http://127.0.0.1:9090/Ticket/Display.html')).toBe(false);
    expect(test('http://127.0.0.1/*', 'http://127.0.0.1:8080/x')).toBe(true);
    expect(test('https://*.example.com/tickets/*', 'https://support.example.com/tickets/9')).toBe(true);
    expect(test('https://*.example.com/tickets/*', 'https://example.com/tickets/9')).toBe(true);
    expect(test('https://*.example.com/tickets/*', 'https://evil-example.com/tickets/9')).toBe(false);
    expect(test('*://helpdesk.local/*', 'ftp://helpdesk.local/')).toBe(false);
  });

  it('match the path with its query, as the browser does', () => {
    expect(test('http://rt.local/Ticket/*', 'http://rt.local/Ticket/Update.html?id=4&Action=Respond')).toBe(true);
    expect(test('http://rt.local/*Action=Respond*', 'http://rt.local/Ticket/Update.html?id=4&Action=Respond')).toBe(true);
  });

  it('say what is wrong, and refuse a port where Firefox cannot honour it', () => {
    expect(matchPatternProblem('rt.local/*')).toBe('format');
    expect(matchPatternProblem('ftp://rt.local/*')).toBe('scheme');
    expect(matchPatternProblem('http://rt.local:8080/*', 'firefox')).toBe('port-on-firefox');
    expect(matchPatternProblem('http://rt.local:8080/*', 'chrome')).toBeNull();
    expect(matchPatternProblem('http://rt.local:99999/*')).toBe('format');
  });

  it('glob matching stays linear on a long address with many stars', () => {
    expect(globMatches('*a*a*a*a*a*b', 'a'.repeat(5000))).toBe(false);
    expect(globMatches('/t/*/m/*', '/t/42/m/7')).toBe(true);
  });
});

describe('id templates', () => {
  it('read the id from the path, the hash, or the query (with ; as a separator too)', () => {
    expect(id('/tickets/{id}', 'https://x.example/tickets/42/reply')).toBe('42');
    expect(id('#/inbox/*/conversation/{id}', 'https://x.example/app#/inbox/7/conversation/99')).toBe('99');
    expect(id('?id={id}', 'http://127.0.0.1:8080/Ticket/Display.html?id=42')).toBe('42');
    expect(id('?id={id}', 'http://127.0.0.1:8080/Ticket/Update.html?Action=Respond;id=42')).toBe('42');
    expect(id('?_uid={id}', 'http://mail.local/?_task=mail&_uid=17&_mbox=INBOX')).toBe('17');
  });

  it('with a path before the query, read it only on that page', () => {
    expect(id('/Ticket/Display.html?id={id}', 'http://rt.local/rt/Ticket/Display.html?id=5')).toBe('5');
    expect(id('/Ticket/Display.html?id={id}', 'http://rt.local/Search/Results.html?id=5')).toBeNull();
  });

  it('refuse a template without exactly one {id}, or a query part that is not key={id}', () => {
    expect(idTemplateProblem('/tickets/')).toBe('one-id');
    expect(idTemplateProblem('/t/{id}/{id}')).toBe('one-id');
    expect(idTemplateProblem('?id={id}&x=1')).toBe('query');
    expect(idTemplateProblem('?ticket={id}')).toBeNull();
  });
});
