import { catalogues, createFormatters } from '@baobei/react'
import { describe, expect, it } from 'vitest'
import { describeRefusal } from './refusal'
import { playgroundText } from './text'

const messages = catalogues['en-US']
const format = createFormatters('en-US', 'Asia/Shanghai')
const text = playgroundText('en-US').actions

describe('describeRefusal', () => {
  it("uses the kit's text and names the holder and the end of protection", () => {
    const refusal = {
      code: 'protected-by-other',
      message: 'protected by li-qiang',
      owner: 'li-qiang',
      protectedUntil: '2026-08-10T15:20:00+08:00',
    }
    expect(describeRefusal(refusal, messages, format, text)).toBe(
      `Rejected: ${messages.rejection['protected-by-other']} — 李强 · ${format.dateTime('2026-08-10T15:20:00+08:00')}`,
    )
  })

  it("falls back to the core's message for a code the kit has no text for", () => {
    const refusal = { code: 'some-future-code', message: 'the core explains it' }
    expect(describeRefusal(refusal, messages, format, text)).toBe('Rejected: the core explains it')
  })

  it('lists the facts of other rejections', () => {
    const refusal = { code: 'missing-required-fields', message: '', fields: ['visitAt', 'phone'] }
    expect(describeRefusal(refusal, messages, format, text)).toContain('visitAt, phone')
  })

  it('names the recorded departure when the customer has not left yet', () => {
    const refusal = {
      code: 'customer-not-left',
      message: '',
      conflictId: 'k1',
      customerLeftAt: '2026-03-16T21:00:00+08:00',
    }
    expect(describeRefusal(refusal, messages, format, text)).toBe(
      `Rejected: ${messages.rejection['customer-not-left']} — ${format.dateTime('2026-03-16T21:00:00+08:00')}`,
    )
  })

  it("explains the Playground's own refusals", () => {
    expect(describeRefusal({ code: 'events-after-now' }, messages, format, text)).toBe(text.eventsAfterNow)
    expect(describeRefusal({ code: 'store-duplicate-id' }, messages, format, text)).toBe(text.storeRefused)
  })
})
