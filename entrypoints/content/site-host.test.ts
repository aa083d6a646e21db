import { describe, expect, test } from 'vitest';
import { siteHost, type FrameView } from './site-host';

const top = { location: { hostname: 'news.example' } };
const crossOriginTop = {
  get location(): never {
    throw new DOMException('Permission denied to access property "location"', 'SecurityError');
  },
};

function frame(over: Partial<FrameView> & { hostname?: string; ancestorOrigins?: string[] }): FrameView {
  const origins = over.ancestorOrigins;
  const view: FrameView = {
    location: {
      hostname: over.hostname ?? 'widgets.example',
      ...(origins ? { ancestorOrigins: Object.assign([...origins], { length: origins.length }) } : {}),
    },
    top: over.top ?? crossOriginTop,
    parent: over.parent,
    document: over.document ?? { referrer: '' },
  };
  view.parent ??= view.top;
  return view;
}

describe('siteHost', () => {
  test('the top page is its own site', () => {
    const view = { location: { hostname: 'news.example' }, document: { referrer: '' } } as FrameView;
    view.top = view;
    view.parent = view;
    expect(siteHost(view)).toBe('news.example');
  });

  test("Chromium: a frame takes the top page's host from ancestorOrigins", () => {
    expect(siteHost(frame({ ancestorOrigins: ['https://mid.example', 'https://news.example'] }))).toBe(
      'news.example',
    );
  });

  test("Firefox (no ancestorOrigins): a same-origin frame reads the top page's location", () => {
    expect(siteHost(frame({ hostname: 'news.example', top }))).toBe('news.example');
  });

  test('Firefox: a cross-origin frame of the top page takes the host its referrer names', () => {
    expect(siteHost(frame({ document: { referrer: 'https://news.example/story/1' } }))).toBe('news.example');
  });

  test('Firefox: no referrer, or a nested frame under a cross-origin parent, falls back to its own host', () => {
    expect(siteHost(frame({}))).toBe('widgets.example');
    const nested = frame({ document: { referrer: 'https://mid.example/' } });
    nested.parent = {};
    expect(siteHost(nested)).toBe('widgets.example');
  });
});
