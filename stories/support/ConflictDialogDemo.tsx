import { ConflictDialog, type ConflictDialogProps, useBaobei } from '@baobei/react'
import { useState } from 'react'

type DemoProps = Omit<ConflictDialogProps, 'open' | 'onClose'>

/** A page with a button that opens the conflict dialog, as a host would wire it. */
export function ConflictDialogDemo({ onResolve, ...props }: DemoProps) {
  const { messages } = useBaobei()
  const [open, setOpen] = useState(false)
  return (
    <main>
      <h1 className="bb-heading">{messages.conflict.kinds[props.conflict.kind]}</h1>
      <button type="button" className="bb-button bb-button--primary" onClick={() => setOpen(true)}>
        {messages.conflict.title}
      </button>
      <ConflictDialog
        {...props}
        open={open}
        onClose={() => setOpen(false)}
        onResolve={(decision) => {
          onResolve(decision)
          setOpen(false)
        }}
      />
    </main>
  )
}
