import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateUscc } from './uscc'

// Published codes of well-known companies (华为, 腾讯, 阿里巴巴(中国), 联想(北京)) and codes built for
// other authorities/types (社会团体 5-1, 个体工商户 9-2 in 义乌, 中央事业单位 1-2, 其他 Y-1, 合作社 9-3).
const VALID = [
  '914403001922038216',
  '91440300708461136T',
  '91330100716105852F',
  '91110000802100433B',
  '51110000MA2K3L7P1D',
  '92330782MA2K3L7P1Q',
  '12100000MA2K3L7P1A',
  'Y144030050001234XN',
  '93510100MA2K3L7P13',
  'N232050050001234X7',
]

describe('validateUscc', () => {
  it.each(VALID)('accepts %s', (code) => {
    expect(validateUscc(code)).toEqual({ valid: true, normalized: code })
  })

  it('tolerates spaces, dashes and lower case', () => {
    expect(validateUscc(' 9144 0300-7084 6113 6t ')).toEqual({
      valid: true,
      normalized: '91440300708461136T',
    })
    expect(validateUscc('91330100—716105852f').normalized).toBe('91330100716105852F')
  })

  it('reads a code typed in full-width characters (a Chinese IME)', () => {
    expect(validateUscc('９１４４０３００１９２２０３８２１６')).toEqual({
      valid: true,
      normalized: '914403001922038216',
    })
  })

  it.each([
    [null, 'empty'],
    [undefined, 'empty'],
    ['', 'empty'],
    ['  - ', 'empty'],
    [9144030019, 'charset'],
    [{ code: '914403001922038216' }, 'charset'],
    [['914403001922038216'], 'charset'],
    ['91440300192203821', 'length'],
    ['9144030019220382160', 'length'],
    ['91440300I922038216', 'charset'],
    ['91440300192203821Z', 'charset'],
    ['91440300192203８３16', 'check'], // full-width digits are read, then checked
    ['C14403001922038216', 'authority'],
    ['0144030019220382166'.slice(0, 18), 'authority'],
    ['94440300192203821X', 'type'],
    ['Y2440300192203821X', 'type'],
    ['91990300192203821X', 'region'],
    ['91AB0300192203821X', 'region'],
    ['914403001922038316', 'check'], // organisation code check digit (position 17) wrong
    ['914403001922038217', 'check'], // final check character wrong
  ])('rejects %j with reason %s', (code, reason) => {
    expect(validateUscc(code)).toEqual({ valid: false, reason })
  })

  it('detects every single-character substitution of a valid code', () => {
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY'
    for (const code of VALID) {
      for (let i = 0; i < 18; i++) {
        for (const c of alphabet) {
          if (c === code[i]) continue
          const typo = code.slice(0, i) + c + code.slice(i + 1)
          expect(validateUscc(typo).valid, typo).toBe(false)
        }
      }
    }
  })

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = validateUscc(value)
        expect(typeof result.valid).toBe('boolean')
      }),
    )
    fc.assert(
      fc.property(fc.string({ minLength: 18, maxLength: 18 }), (value) => {
        expect(validateUscc(value).valid).toBe(VALID.includes(value))
      }),
    )
  })
})
