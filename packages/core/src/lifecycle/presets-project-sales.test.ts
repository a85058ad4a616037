import { describe, it } from 'vitest'
import { presets } from '../policy/presets'
import { rep, runScenario } from './test-kit'

const policy = presets.projectSales
const supervisor = rep('boss', ['sales-supervisor'])
const buyer = { name: '苏州精工机械有限公司', project: '二期厂房' }

// Seed 002 大天数控: approval by the sales supervisor; company-level 12 months, project-level 6 months;
// extension on request; expiry without extension = abandoned; one registrant per buyer or project.
describe('projectSales (seed 002 大天数控)', () => {
  it('protects from approval, keeps the earlier submission first, extends on request', () => {
    runScenario(policy, [
      {
        at: '2026-01-05T09:00:00+08:00',
        command: { type: 'register', claimant: 'agent-a', profile: buyer },
        state: {
          status: 'prospect',
          owner: null,
          flags: { pendingApproval: true },
          pending: [{ claimant: 'agent-a', submittedAt: '2026-01-05T09:00:00+08:00' }],
        },
      },
      { at: '2026-01-05T11:00:00+08:00', command: { type: 'register', claimant: 'agent-b', profile: buyer } },
      {
        at: '2026-01-06T09:00:00+08:00',
        command: { type: 'approve', claimant: 'agent-b' },
        actor: supervisor,
        rejection: 'pending-approval-by-other',
        facts: { claimant: 'agent-a' },
      },
      {
        at: '2026-01-06T09:00:00+08:00',
        command: { type: 'approve', claimant: 'agent-a' },
        actor: rep('agent-a'),
        rejection: 'not-authorized',
      },
      {
        at: '2026-01-06T09:00:00+08:00',
        command: { type: 'approve', claimant: 'agent-a' },
        actor: supervisor,
        state: {
          status: 'registered-protected',
          owner: 'agent-a',
          protectedUntil: '2027-01-06T09:00:00.000+08:00',
        },
      },
      {
        at: '2026-01-06T10:00:00+08:00',
        command: { type: 'approve', claimant: 'agent-b' },
        actor: supervisor,
        rejection: 'protected-by-other',
        facts: { owner: 'agent-a' },
      },
      {
        at: '2026-01-06T10:00:00+08:00',
        command: { type: 'reject', claimant: 'agent-b', reason: 'duplicate' },
        actor: supervisor,
        state: { pending: [] },
      },
      {
        at: '2026-12-20T10:00:00+08:00',
        command: { type: 'extend', claimant: 'agent-a' },
        actor: supervisor,
        state: { protectedUntil: '2027-04-06T09:00:00.000+08:00', claim: { extensions: 1 } as never },
      },
      {
        at: '2027-01-10T10:00:00+08:00',
        command: { type: 'extend', claimant: 'agent-a' },
        actor: supervisor,
      },
      {
        at: '2027-01-11T10:00:00+08:00',
        command: { type: 'extend', claimant: 'agent-a' },
        actor: supervisor,
        rejection: 'extension-limit-reached',
        facts: { limit: 2 },
      },
      // Expiry without extension: abandoned (② open to others).
      { at: '2027-07-06T09:00:00+08:00', state: { status: 'registered-unprotected', protectedUntil: null } },
      {
        at: '2027-07-07T09:00:00+08:00',
        command: { type: 'extend', claimant: 'agent-a' },
        actor: supervisor,
        rejection: 'not-protected',
      },
    ])
  })

  it('scopes project-level filings to the project, 6 months', () => {
    runScenario(policy, [
      {
        at: '2026-08-31T09:00:00+08:00',
        command: { type: 'register', claimant: 'agent-a', profile: buyer, kind: 'project' },
      },
      {
        at: '2026-08-31T10:00:00+08:00',
        command: { type: 'approve', claimant: 'agent-a', scope: 'project:二期厂房' },
        actor: supervisor,
        state: {
          scope: 'project:二期厂房',
          owner: 'agent-a',
          protectedUntil: '2027-02-28T10:00:00.000+08:00',
        },
      },
      // Another project of the same buyer is a different scope.
      {
        at: '2026-09-01T10:00:00+08:00',
        command: {
          type: 'register',
          claimant: 'agent-b',
          profile: { ...buyer, project: '三期' },
          kind: 'project',
        },
        state: { scope: 'project:三期', flags: { pendingApproval: true } },
      },
      // A company-level filing of the same buyer by someone else is still possible (different scope).
      { at: '2026-09-01T11:00:00+08:00', command: { type: 'register', claimant: 'rep-c', profile: buyer } },
    ])
  })
})
