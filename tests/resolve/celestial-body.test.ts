import { describe, expect, it } from 'vitest';
import { celestialBody } from '../../lib/actors/celestial-bodies';
import { annotate } from './helpers';

describe('a planet’s name (actor:celestial-body)', () => {
  it('is a place after “the”, “on” or “planet”', () => {
    const { actor } = annotate('The harvest failed in May.\nGrowers said no soil on Earth was as poor.');
    expect(actor('Earth')?.type).toBe('place');
    const text = 'Storms swept the Moon base and planet Mars.';
    expect(celestialBody(text, text.indexOf('Moon'), 'moon')).toBe(true);
    expect(celestialBody(text, text.indexOf('Mars'), 'mars')).toBe(true);
  });

  it('is left alone where a firm may stand (“paid Mercury”, “the head of Mercury”)', () => {
    const text = 'The group paid Mercury to lobby, and the head of Mercury said so.';
    expect(celestialBody(text, text.indexOf('Mercury'), 'mercury')).toBe(false);
    expect(celestialBody(text, text.lastIndexOf('Mercury'), 'mercury')).toBe(false);
    expect(celestialBody('on Eastfield', 3, 'eastfield')).toBe(false);
  });
});
