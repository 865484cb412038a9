import { describe, expect, it } from 'vitest';
import type { CompiledFollowUp, CompiledItem } from '../../rules/compiled-pack';
import type { ActiveFollowUp } from '../../components/overlay/coach-state';
import { withFollowUp } from './hear-answers';

const item = { id: 'psych' } as CompiledItem;
const followUp = (id: string) => ({ id }) as CompiledFollowUp;
const active = (id: string, severity: ActiveFollowUp['severity'], stepsDone: number[] = []): ActiveFollowUp => ({ item, followUp: followUp(id), severity, stepsDone });

describe('withFollowUp (a follow-up offered here or handed over by a frame)', () => {
  it('adds a new one, most severe first', () => {
    const list = withFollowUp([active('money', 'info')], active('risk', 'critical'));
    expect(list?.map((f) => f.followUp.id)).toEqual(['risk', 'money']);
  });

  it('leaves one already shown alone (null), whatever severity it comes with again', () => {
    expect(withFollowUp([active('risk', 'critical', [1])], active('risk', 'critical'))).toBeNull();
    expect(withFollowUp([active('risk', 'warning')], active('risk', 'check-in'))).toBeNull();
  });

  it('replaces a quiet check-in that is now a real disclosure, keeping the steps ticked', () => {
    const list = withFollowUp([active('risk', 'check-in', [0, 2]), active('money', 'info')], active('risk', 'critical'));
    expect(list).toEqual([active('risk', 'critical', [0, 2]), active('money', 'info')]);
  });
});
