import type { Meta, StoryObj } from '@storybook/react-vite'

function Welcome() {
  return (
    <main>
      <h1>Baobei 报备</h1>
      <p>Customer registration and protection for sales teams. 客户报备与客户保护。</p>
    </main>
  )
}

const meta = { title: 'Welcome', component: Welcome } satisfies Meta<typeof Welcome>
export default meta
export const Default: StoryObj<typeof meta> = {}
