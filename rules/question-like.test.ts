import { describe, expect, it } from 'vitest';
import { isPageControlName, isPageControlText, isPageSizeChoice, isQuestionText, looksLikeQuestion } from './question-like';

describe('which unmatched fields look like questions (the text half)', () => {
  it('takes assessment questions in any of the three languages, however short or long', () => {
    for (const label of [
      'Is anyone at home hurting you?',
      'Har någon i hemmet skadat dig?',
      'Er det noen hjemme som gjør deg vondt?',
      'Age',
      'Sleeping rough last night',
      'Utgifter till boende per månad',
      'Hvor mange netter har du sovet ute den siste uken, og hvor har du vært?',
    ]) expect(looksLikeQuestion(label, []), label).toBe(true);
  });

  it('passes over the page’s own controls: search, filters, sorting, paging, language, login', () => {
    for (const label of [
      'Search', 'Search cases', 'Quick search', 'Filter by status', 'Sort by', 'Order by date', 'Rows per page', 'Go to page',
      'Page', 'Language', 'Username', 'User name', 'Password', 'Remember me', 'Log in',
      'Sök', 'Sök ärende', 'Sortera efter', 'Rader per sida', 'Gå till sida', 'Språk', 'Användarnamn', 'Lösenord', 'Kom ihåg mig',
      'Søk', 'Søk i saker', 'Sorter etter', 'Antall per side', 'Gå til side', 'Brukernavn', 'Passord', 'Husk meg', 'Sida',
    ]) expect(isPageControlText(label), label).toBe(true);
  });

  it('does not take a question for a page control because it shares a word', () => {
    for (const label of [
      'Are you searching for work at the moment?',
      'Have you had to search for somewhere to sleep this week?',
      'Which side of the family do you live with?',
      'Do you find it hard to pay the rent?',
      'Känner du dig trygg när du är ute på stan?',
      'Har du søkt om bostøtte det siste året?',
      'Research consent given',
      'A long question that mentions the search for a new home and the sort of help you would need?',
    ]) expect(isPageControlText(label), label).toBe(false);
  });

  it('needs a readable text: letters, and not a paragraph', () => {
    expect(isQuestionText('')).toBe(false);
    expect(isQuestionText('  * ')).toBe(false);
    expect(isQuestionText('3.')).toBe(false);
    expect(isQuestionText('Q')).toBe(false);
    expect(isQuestionText('Kön')).toBe(true);
    expect(isQuestionText(Array.from({ length: 45 }, (_, i) => `word${i}`).join(' '))).toBe(false);
  });

  it('knows a page-size choice by its options, and a count a client gives is not one', () => {
    expect(isPageSizeChoice(['10', '25', '50', '100'])).toBe(true);
    expect(isPageSizeChoice(['20', '50', 'Alla'])).toBe(true);
    expect(isPageSizeChoice([' 5 ', '15', 'All'])).toBe(true);
    expect(isPageSizeChoice(['0', '1', '2', '3 or more'])).toBe(false);
    expect(isPageSizeChoice(['1', '2', '3', '4', '5'])).toBe(false);
    expect(isPageSizeChoice(['50', '25', '10'])).toBe(false);
    expect(isPageSizeChoice(['10'])).toBe(false);
    expect(isPageSizeChoice(['Yes', 'No'])).toBe(false);
    expect(isPageSizeChoice([])).toBe(false);
    expect(looksLikeQuestion('Show', ['10', '25', '50'])).toBe(false);
    expect(looksLikeQuestion('How many children live with you?', ['0', '1', '2', '3', '4 or more'])).toBe(true);
  });

  it('knows page controls by name or id, not by a word inside another', () => {
    for (const name of ['q', 'query', 'txtSearch', 'ctl00$Main$FilterStatus', 'page-size', 'pageSize', 'user_name', 'login', 'sortOrder', 'Password1'])
      expect(isPageControlName(name), name).toBe(true);
    for (const name of ['research_consent', 'ctl00$Main$rblSafeAtHome', 'frequency', 'question12', 'resort', 'filtered_water_access'])
      expect(isPageControlName(name), name).toBe(false);
  });
});
