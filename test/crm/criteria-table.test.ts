/**
 * The CRM criteria builder as tables: each row one tree and the search text and COQL Zoho
 * gets for it, or one misuse and the TypeError that stops it before any request.
 */
import { describe, expect, it } from 'vitest';
import { criteria as c, type Criteria } from '../../src/index.js';

describe('criteria trees, written for search and for COQL', () => {
  it.each<{ tree: () => Criteria; search: string; coql: string }>([
    { tree: () => c.equals('Last_Name', 'Burns'), search: '(Last_Name:equals:Burns)', coql: "Last_Name = 'Burns'" },
    { tree: () => c.notEqual('Rating', 'Cold'), search: '(Rating:not_equal:Cold)', coql: "Rating != 'Cold'" },
    { tree: () => c.greaterEqual('Amount', 10), search: '(Amount:greater_equal:10)', coql: 'Amount >= 10' },
    { tree: () => c.lessThan('Amount', 2.5), search: '(Amount:less_than:2.5)', coql: 'Amount < 2.5' },
    { tree: () => c.lessEqual('Amount', 0), search: '(Amount:less_equal:0)', coql: 'Amount <= 0' },
    { tree: () => c.greaterThan('Paid', true), search: '(Paid:greater_than:true)', coql: 'Paid > true' },
    { tree: () => c.startsWith('Company', "O'Hare"), search: "(Company:starts_with:O'Hare)", coql: "Company like 'O\\'Hare%'" },
    { tree: () => c.notIn('Lead_Source', ['Web', 'Chat']), search: '(Lead_Source:not_in:Web,Chat)', coql: "Lead_Source not in ('Web', 'Chat')" },
    { tree: () => c.notBetween('Amount', 1, 9), search: '(Amount:not_between:1,9)', coql: 'Amount not between 1 and 9' },
    { tree: () => c.where('Amount', 'in', [1, 2]), search: '(Amount:in:1,2)', coql: 'Amount in (1, 2)' },
    { tree: () => c.where('Stage', 'equals', 'Won'), search: '(Stage:equals:Won)', coql: "Stage = 'Won'" },
    { tree: () => c.equals('Code', c.text(7)), search: '(Code:equals:7)', coql: "Code = '7'" },
    { tree: () => c.equals('Note', 'back\\slash'), search: '(Note:equals:back\\\\slash)', coql: "Note = 'back\\\\slash'" },
    { tree: () => c.and(c.equals('A', 1)), search: '(A:equals:1)', coql: 'A = 1' },
    { tree: () => c.equals('A', 1).and(c.equals('B', 2)).or(c.equals('C', 3)), search: '(((A:equals:1)and(B:equals:2))or(C:equals:3))', coql: '((A = 1 and B = 2) or C = 3)' },
    { tree: () => c.lessThan('Created_Time', c.dateTime(new Date('2024-01-01T00:30:00Z'), { offset: '-08:00' })), search: '(Created_Time:less_than:2023-12-31T16:30:00-08:00)', coql: "Created_Time < '2023-12-31T16:30:00-08:00'" },
  ])('$search', ({ tree, search, coql }) => {
    expect(String(tree())).toBe(search);
    expect(tree().toCoql()).toBe(coql);
  });

  it('counts conditions through nested groups', () => {
    expect(c.and(c.equals('A', 1), c.or(c.equals('B', 2), c.equals('C', 3)), c.equals('D', 4)).conditionCount).toBe(4);
  });
});

describe('criteria misuse is a TypeError before any request', () => {
  it.each<{ name: string; build: () => unknown; says: string }>([
    { name: 'a field that is not an API name', build: () => c.equals('Last Name', 'x'), says: '"Last Name" is not a field API name' },
    { name: 'a field smuggling a condition', build: () => c.equals('A:equals:1)or(B', 'x'), says: 'is not a field API name' },
    { name: 'between with one value', build: () => c.where('Amount', 'between', [1]), says: 'between takes two values' },
    { name: 'not_between with three values', build: () => c.where('Amount', 'not_between', [1, 2, 3]), says: 'not_between takes two values' },
    { name: 'in with no values', build: () => c.in('Stage', []), says: 'in needs a value' },
    { name: 'an empty and()', build: () => c.and(), says: 'and() needs at least one condition' },
    { name: 'an empty or()', build: () => c.or(), says: 'or() needs at least one condition' },
    { name: 'NaN', build: () => c.equals('Amount', Number.NaN), says: 'numbers must be finite' },
    { name: 'Infinity', build: () => c.greaterThan('Amount', Number.POSITIVE_INFINITY), says: 'numbers must be finite' },
    { name: 'an object value', build: () => c.equals('Owner', { id: '1' } as unknown as string), says: 'unsupported value' },
    { name: 'an offset without a colon', build: () => c.dateTime(new Date(0), { offset: '+0530' }), says: 'offset "+0530" must look like +05:30' },
    { name: 'a date in another format', build: () => c.date('2024/01/01'), says: 'is not a yyyy-MM-dd date' },
  ])('$name', ({ build, says }) => {
    expect(build).toThrow(TypeError);
    expect(build).toThrow(says);
  });
});
