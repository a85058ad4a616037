import { BaobeiProvider, type Locale, useBaobei } from '@baobei/react'
import type { ReactNode } from 'react'

const LOCALES: { locale: Locale; label: string }[] = [
  { locale: 'zh-CN', label: '中文 (zh-CN)' },
  { locale: 'en-US', label: 'English (en-US)' },
]

/** Renders `children` once per locale, side by side, under the story's policy, time and theme. */
export function SideBySide({ children }: { children: (locale: Locale) => ReactNode }) {
  const { policy, now, theme, actor } = useBaobei()
  return (
    <div
      style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(20rem, 1fr))', gap: '1.5rem' }}
    >
      {LOCALES.map(({ locale, label }) => (
        <BaobeiProvider key={locale} policy={policy} now={now} theme={theme} actor={actor} locale={locale}>
          <section aria-label={label}>
            <p style={{ margin: '0 0 0.5rem', fontWeight: 600 }}>{label}</p>
            {children(locale)}
          </section>
        </BaobeiProvider>
      ))}
    </div>
  )
}
