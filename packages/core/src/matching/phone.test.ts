import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizePhone } from './phone'

describe('normalizePhone', () => {
  it.each([
    ['13333333333', '+8613333333333'],
    ['133 3333 3333', '+8613333333333'],
    ['133-3333-3333', '+8613333333333'],
    ['+86 133 3333 3333', '+8613333333333'],
    ['+86-13333333333', '+8613333333333'],
    ['008613333333333', '+8613333333333'],
    ['8613333333333', '+8613333333333'],
    ['１３３３３３３３３３３', '+8613333333333'],
    ['１９９ ８８８８ ７７７７', '+8619988887777'],
    [13333333333, '+8613333333333'],
  ])('reads the mobile %j', (raw, e164) => {
    expect(normalizePhone(raw)).toEqual({ valid: true, e164, kind: 'mobile' })
  })

  it.each([
    ['010-82345678', '+861082345678'],
    ['(010)62345678', '+861062345678'],
    ['021 6234 5678', '+862162345678'],
    ['0755-88886666', '+8675588886666'],
    ['(0755)88886666', '+8675588886666'],
    ['（０７５５）８８８８６６６６', '+8675588886666'],
    ['0579-5123456', '+865795123456'],
    ['+86 755 8888 6666', '+8675588886666'],
    ['+86 (0)755 8888 6666', '+8675588886666'],
    ['0086-755-88886666', '+8675588886666'],
    ['0755-88886666转123', '+8675588886666'],
    ['0755-88886666 分机 8', '+8675588886666'],
    ['0755-88886666 ext. 12', '+8675588886666'],
    ['0755-88886666-123', '+8675588886666'],
    ['010 62345678 #5', '+861062345678'],
  ])('reads the landline %j', (raw, e164) => {
    expect(normalizePhone(raw)).toEqual({ valid: true, e164, kind: 'landline' })
  })

  it('treats 400/800 service lines as valid but of unknown kind', () => {
    expect(normalizePhone('400-820-8820')).toEqual({ valid: true, e164: '+864008208820', kind: 'unknown' })
    expect(normalizePhone('800 810 1234')).toEqual({ valid: true, e164: '+868008101234', kind: 'unknown' })
  })

  it.each([
    [''],
    ['12345'],
    ['88886666'], // landline without area code
    ['12333333333'], // 12x is not a mobile range
    ['1333333333'], // 10 digits
    ['133333333334'], // 12 digits
    ['0755-0888666'], // subscriber cannot start with 0
    ['010-1234567'], // Beijing subscribers have 8 digits
    ['not a phone'],
    [null],
    [undefined],
    [{}],
    [[13333333333]],
    [Number.NaN],
    [1.5],
  ])('rejects %j', (raw) => {
    expect(normalizePhone(raw)).toEqual({ valid: false, kind: 'unknown' })
  })

  it('gives one e164 for every way of writing one mobile', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^1[3-9]\d{9}$/),
        fc.constantFrom('', '+86', '+86 ', '0086', '86', '+86-'),
        fc.constantFrom(' ', '-', ''),
        fc.boolean(),
        (mobile, prefix, sep, fullWidth) => {
          let written = `${prefix}${mobile.slice(0, 3)}${sep}${mobile.slice(3, 7)}${sep}${mobile.slice(7)}`
          if (fullWidth)
            written = written.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
          expect(normalizePhone(written)).toEqual({ valid: true, e164: `+86${mobile}`, kind: 'mobile' })
        },
      ),
    )
  })

  it('gives one e164 for every way of writing one landline', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('10', '21', '755', '571'),
        fc.stringMatching(/^[2-8]\d{7}$/),
        fc.constantFrom(
          (a: string) => `0${a}-`,
          (a: string) => `(0${a}) `,
          (a: string) => `+86 ${a} `,
          (a: string) => `+86 (0${a}) `,
          (a: string) => `0086-${a}-`,
          (a: string) => `+86-0${a}-`,
        ),
        (area, subscriber, writeArea) => {
          const written = `${writeArea(area)}${subscriber.slice(0, 4)}-${subscriber.slice(4)}`
          expect(normalizePhone(written)).toEqual({
            valid: true,
            e164: `+86${area}${subscriber}`,
            kind: 'landline',
          })
        },
      ),
    )
  })

  it.each([
    ['+86 (0755) 1234-5678'], // subscriber numbers never start with 1: not a Shenzhen number
    ['+1 415 555 0100'], // another country
    ['+44 20 7946 0958'],
  ])('reads no Chinese number into %s', (raw) => {
    expect(normalizePhone(raw).valid).toBe(false)
  })

  it('never throws', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(['mobile', 'landline', 'unknown']).toContain(normalizePhone(value).kind)
      }),
    )
  })
})
