// jsdom has no modal dialogs: a minimal showModal/close so components can be tested. The real
// behaviour (top layer, inert background, Escape) is covered by the browser story run.
const proto = globalThis.HTMLDialogElement?.prototype

if (proto && typeof proto.showModal !== 'function') {
  proto.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '')
  }
}
if (proto && typeof proto.close !== 'function') {
  proto.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return
    this.removeAttribute('open')
    this.dispatchEvent(new Event('close'))
  }
}

/** Simulates the Escape key on an open modal dialog: a cancelable `cancel` event, then close unless prevented. */
export function pressEscape(dialog: HTMLDialogElement): void {
  const cancel = new Event('cancel', { cancelable: true })
  if (dialog.dispatchEvent(cancel)) dialog.close()
}
if (proto && typeof proto.show !== 'function') {
  proto.show = function show(this: HTMLDialogElement) {
    this.setAttribute('open', '')
  }
}
