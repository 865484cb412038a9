import { describe, expect, it } from 'vitest';
import { overlaps, placeCard, placeDock, type Box } from './place-card';

const viewport: Box = { left: 0, top: 0, width: 1200, height: 800 };
const card = { width: 300, height: 160 };

describe('placeCard', () => {
  it('never covers what the page needs in sight (mustClear) while any place clear of it shows the card, giving up the next field first', () => {
    // The practice page: the conversation and turn box on the left, the form in the middle, the next question right below.
    const field = { left: 490, top: 393, width: 13, height: 13 };
    const question = { left: 485, top: 375, width: 140, height: 16 };
    const next = { left: 485, top: 450, width: 205, height: 70 };
    const turnBox = { left: 12, top: 470, width: 432, height: 220 };
    const tall = { width: 340, height: 370 };
    const free = placeCard(field, tall, viewport, [question, next]);
    const kept = placeCard(field, tall, viewport, [question, next], [turnBox]);
    expect(overlaps({ ...tall, ...free, height: Math.min(tall.height, free.maxHeight) }, turnBox)).toBe(true);
    const box = { ...tall, ...kept, height: Math.min(tall.height, kept.maxHeight) };
    expect(overlaps(box, turnBox)).toBe(false);
    expect(overlaps(box, field)).toBe(false);
    // Everywhere else covers the turn box or the field: smaller, below the field, rather than over the turn box.
    const cramped = placeCard(field, tall, { left: 0, top: 0, width: 700, height: 800 }, [question, next], [{ left: 0, top: 0, width: 480, height: 800 }]);
    expect(cramped.left).toBeGreaterThanOrEqual(480);
  });

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
    expect(['above', 'below']).toContain(placed.side);
    expect(overlaps({ ...card, ...placed }, nextField)).toBe(false);
    expect(overlaps({ ...card, ...placed }, field)).toBe(false);
  });

  it('stays inside the window near its bottom', () => {
    const field = { left: 100, top: 780, width: 200, height: 24 };
    const placed = placeCard(field, card, viewport);
    expect(placed.top + card.height).toBeLessThanOrEqual(viewport.height);
  });
});

describe('placeCard in a narrow window', () => {
  const narrow: Box = { left: 0, top: 0, width: 800, height: 600 };
  it('goes below the field and the next one together when neither side has room, never over the next field', () => {
    const field = { left: 20, top: 100, width: 760, height: 24 };
    const question = { left: 20, top: 80, width: 300, height: 18 };
    const next = { left: 20, top: 150, width: 760, height: 24 };
    const placed = placeCard(field, card, narrow, [question, next]);
    expect(placed.side).toBe('below');
    expect(placed.top).toBeGreaterThanOrEqual(next.top + next.height);
    for (const box of [field, question, next]) expect(overlaps({ ...placed, height: card.height }, box)).toBe(false);
  });

  it('narrows itself to fit beside a field rather than cover what is below', () => {
    const field = { left: 20, top: 100, width: 500, height: 24 };
    const next = { left: 20, top: 130, width: 480, height: 24 };
    const placed = placeCard(field, card, narrow, [next]);
    expect(placed.side).toBe('right');
    expect(placed.width).toBeLessThan(card.width);
    expect(placed.left + placed.width).toBeLessThanOrEqual(narrow.width);
  });

  it('gives a tall card a maximum height inside the window instead of running off it', () => {
    const tall = { width: 300, height: 2000 };
    const placed = placeCard({ left: 100, top: 500, width: 200, height: 24 }, tall, narrow);
    expect(placed.top).toBeGreaterThanOrEqual(0);
    expect(placed.top + Math.min(tall.height, placed.maxHeight)).toBeLessThanOrEqual(narrow.height);
  });
});

describe('placeDock', () => {
  const window: Box = { left: 0, top: 0, width: 1000, height: 700 };
  const dock = { width: 320, height: 400 };
  it('takes the right-hand column when nothing is there', () => {
    const placed = placeDock(dock, window, [{ left: 100, top: 100, width: 300, height: 30 }]);
    expect(placed.side).toBe('right');
    expect(placed.left + dock.width).toBeLessThanOrEqual(window.width);
  });

  it('moves to the left column, or below the kept boxes, when the field reaches the right edge', () => {
    const field = { left: 500, top: 100, width: 480, height: 500 };
    const placed = placeDock(dock, window, [field]);
    expect(placed.side).toBe('left');
    const both = [{ left: 10, top: 100, width: 980, height: 300 }];
    const below = placeDock(dock, window, both);
    expect(below.side).toBe('bottom');
    expect(overlaps({ left: below.left, top: below.top, width: dock.width, height: Math.min(dock.height, below.maxHeight) }, both[0]!)).toBe(false);
  });

  it('keeps to the right edge, above or below a card there, rather than cover the left of the page', () => {
    // The card beside a field in the middle reaches the right edge, low in the window: room above it.
    const field = { left: 360, top: 420, width: 240, height: 30 };
    const card = { left: 608, top: 420, width: 340, height: 260 };
    const placed = placeDock({ width: 320, height: 250 }, window, [field, card]);
    expect(placed.side).toBe('top');
    expect(placed.left).toBe(window.width - 8 - 320);
    expect(overlaps({ left: placed.left, top: placed.top, width: 320, height: Math.min(250, placed.maxHeight) }, card)).toBe(false);
    // A tall card there leaving less than a follow-up's title and summary: the left column after all.
    const tall = { left: 608, top: 80, width: 340, height: 560 };
    expect(placeDock({ width: 320, height: 250 }, window, [field, tall]).side).toBe('left');
  });

  it('lets only what stands in its own width bound a strip at the right edge', () => {
    // A field far to the left reaching the top of the window, the card at the right lower down.
    const field = { left: 20, top: 8, width: 200, height: 600 };
    const card = { left: 700, top: 400, width: 280, height: 200 };
    const placed = placeDock({ width: 320, height: 300 }, window, [field, card]);
    expect([placed.side, placed.maxHeight]).toEqual(['top', 400 - 8 - 8]);
  });
});
