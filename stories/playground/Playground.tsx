import { BaobeiProvider } from '@baobei/react'
import { useEffect, useMemo, useState } from 'react'
import { actorOf, isPlayable, policyOf, sampleSnapshot } from './engine'
import { PlaygroundPage } from './PlaygroundPage'
import { FIRST_MEMBER, memberOf } from './sample'
import { clearSnapshot, type LoadNotice, loadSnapshot, type StorageLike, saveSnapshot } from './store'
import { type PlaygroundLocale, playgroundText } from './text'

export type PlaygroundProps = {
  locale?: PlaygroundLocale
  theme?: 'light' | 'dark'
  /** Where the demo keeps its event log; `window.localStorage` by default. */
  storage?: StorageLike
}

/** The page's notices: why stored data was not used, a failed save, or a reset. */
export type PlaygroundNotice = LoadNotice | 'save-failed' | 'reset-done'

/** `window.localStorage`, or `undefined` where reading it throws (privacy settings) or there is no window. */
function browserStorage(): StorageLike | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage
  } catch {
    return undefined
  }
}

/**
 * A small sales team on one page: pick a preset and who you act as, file customers, record payments
 * and visits, arbitrate conflicts and move the date. The event log lives in `localStorage`.
 * @example <Playground locale="en-US" />
 */
export function Playground({ locale = 'zh-CN', theme, storage }: PlaygroundProps) {
  const store = useMemo(() => storage ?? browserStorage(), [storage])
  const [initial] = useState(() => loadSnapshot(store, () => sampleSnapshot(), isPlayable))
  const [snapshot, setSnapshot] = useState(initial.snapshot)
  const [notice, setNotice] = useState<PlaygroundNotice | null>(initial.notice)

  useEffect(() => {
    if (store && !saveSnapshot(store, snapshot)) setNotice('save-failed')
  }, [store, snapshot])

  const policy = useMemo(() => policyOf(snapshot.presetId), [snapshot.presetId])
  const actor = memberOf(snapshot.actorId) ?? FIRST_MEMBER
  const reset = () => {
    clearSnapshot(store)
    setSnapshot(sampleSnapshot(snapshot.presetId))
    setNotice('reset-done')
  }

  return (
    <BaobeiProvider
      policy={policy}
      locale={locale}
      now={snapshot.now}
      theme={theme}
      actor={actorOf(actor, policy)}
    >
      <PlaygroundPage
        snapshot={snapshot}
        onSnapshot={setSnapshot}
        policy={policy}
        actor={actor}
        notice={notice}
        onDismissNotice={() => setNotice(null)}
        onReset={reset}
        text={playgroundText(locale)}
      />
    </BaobeiProvider>
  )
}
