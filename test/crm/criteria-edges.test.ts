/**
 * A criteria tree rebuilt from its node (`new Criteria(node)`, e.g. a tree kept as JSON),
 * which can hold what the `criteria` helpers never build: a group of one part.
 */
import { describe, expect, it } from 'vitest';
import { Criteria, criteria, type CriteriaNode } from '../../src/index.js';

describe('Criteria rebuilt from a node', () => {
  it('writes the same text as the tree it was kept from', () => {
    const tree = criteria.and(criteria.equals('Last_Name', 'Burns'), criteria.or(criteria.equals('City', 'Chennai'), criteria.equals('City', 'Pune')));
    const kept = JSON.parse(JSON.stringify(tree.node)) as CriteriaNode;
    expect(new Criteria(kept).toString()).toBe(tree.toString());
  });

  it('writes a one-part group inside a tree without parentheses of its own', () => {
    const burns = criteria.equals('Last_Name', 'Burns').node;
    const web = criteria.equals('Lead_Source', 'Web').node;
    const node: CriteriaNode = { kind: 'and', parts: [{ kind: 'or', parts: [burns] }, web] };
    expect(new Criteria(node).toString()).toBe('((Last_Name:equals:Burns)and(Lead_Source:equals:Web))');
    // Alone, a one-part group is still the outer group.
    expect(new Criteria({ kind: 'or', parts: [burns] }).toString()).toBe('((Last_Name:equals:Burns))');
  });
});
