import { describe, expect, it } from 'vitest';
import { placeCard, type Box } from './place-card';

const viewport: Box = { left: 0, top: 0, width: 1200, height: 800 };
const card = { width: 300, height: 160 };
const overlaps = (a: Box, b: Box) =>
  a.left < b.left + b.width && a.left + a.width > b.left && a.top < b.top + b.height && a.top + a.height > b.top;

describe('placeCard', () => {
  it('puts the card to the right of a field when there is room', () => {
    const field = { left: 400, top: 200, width: 200, height: 24 };
    const placed = placeCard(field, card, viewport);
    expect(placed.side).toBe('right');
    expect(placed.left).toBe(608);
    expect(overlaps({ ...card, ...placed }, field)).toBe(false);
  });

  it('moves to the left of a field at the right edge of the window', () => {
    const field = { left: 950, top: 200, width: 200, height: 24 };
    const placed = placeCard(field, card, viewport);
    expect(placed.side).toBe('left');
    expect(placed.left + card.width).toBeLessThanOrEqual(field.left);
  });

  it('never covers the next field when another side is free', () => {
    const field = { left: 100, top: 300, width: 1000, height: 24 };
    const nextField = { left: 100, top: 340, width: 1000, height: 24 };
    const placed = placeCard(field, card, viewport, [nextField]);
    expect(placed.side).toBe('above');
    expect(overlaps({ ...card, ...placed }, nextField)).toBe(false);
    expect(overlaps({ ...card, ...placed }, field)).toBe(false);
  });

  it('stays inside the window near its bottom', () => {
    const field = { left: 100, top: 780, width: 200, height: 24 };
    const placed = placeCard(field, card, viewport);
    expect(placed.top + card.height).toBeLessThanOrEqual(viewport.height);
  });
});
