import { presets } from '@baobei/core'
import type { ReactElement } from 'react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ApprovalQueue } from './ApprovalQueue'
import { BaobeiProvider } from './BaobeiProvider'
import { ConflictDialog } from './ConflictDialog'
import { CustomerTimeline } from './CustomerTimeline'
import type { ConflictCase } from './core'
import { ExpiringList } from './ExpiringList'
import { RegistrationForm } from './RegistrationForm'
import { StatusBadge } from './StatusBadge'

const conflict: ConflictCase = {
  id: 'k1',
  kind: 'collision',
  customerId: 'c-1',
  claims: [
    {
      claimant: 'a',
      registeredAt: null,
      valid: false,
      completeness: 0,
      tracking: {},
      appointment: false,
      visits: [],
    },
    {
      claimant: 'b',
      registeredAt: null,
      valid: false,
      completeness: 0,
      tracking: {},
      appointment: false,
      visits: [],
    },
  ],
}

const components: [string, ReactElement][] = [
  [
    'StatusBadge',
    <StatusBadge
      key="b"
      status="cooperating-warning"
      protectedUntil="2026-04-01T00:00:00+08:00"
      flags={{ locked: true }}
    />,
  ],
  [
    'RegistrationForm',
    <RegistrationForm key="f" onSubmit={() => {}} lookup={async () => ({ verdict: 'new', matches: [] })} />,
  ],
  [
    'ConflictDialog',
    <ConflictDialog key="d" open onClose={() => {}} conflict={conflict} onResolve={() => {}} />,
  ],
  [
    'CustomerTimeline',
    <CustomerTimeline key="t" events={[{ id: 'e', type: 'registered', at: '2026-03-01T09:00:00+08:00' }]} />,
  ],
  ['ApprovalQueue', <ApprovalQueue key="q" items={[]} onApprove={() => {}} onReject={() => {}} />],
  ['ExpiringList', <ExpiringList key="e" items={[]} />],
]

describe('server rendering', () => {
  it.each(components)('%s renders to a string under the provider', (_name, element) => {
    const html = renderToString(
      <BaobeiProvider
        policy={presets.dailyChemical}
        now="2026-03-15T10:00:00+08:00"
        locale="zh-CN"
        theme="dark"
      >
        {element}
      </BaobeiProvider>,
    )
    expect(html).toContain('class="bb-root"')
    expect(html).toContain('data-bb-theme="dark"')
    expect(html.length).toBeGreaterThan(100)
  })

  it('needs the provider', () => {
    expect(() => renderToString(<StatusBadge status="prospect" />)).toThrow(/BaobeiProvider/)
  })
})
