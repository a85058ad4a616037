import type { Meta, StoryObj } from '@storybook/react-vite'
import { Playground } from './Playground'
import './playground.css'

/**
 * The whole kit on one page with a small sales team (王芳, 李强, 陈静 and their manager 张伟). It renders
 * its own `BaobeiProvider`, whose `now` is the page's date slider; the toolbar's locale and theme apply.
 */
const meta = {
  title: 'Playground',
  component: Playground,
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof Playground>

export default meta

export const Default: StoryObj<typeof meta> = {
  render: (_args, context) => (
    <Playground
      locale={context.globals.locale === 'en-US' ? 'en-US' : 'zh-CN'}
      theme={context.globals.theme === 'dark' ? 'dark' : 'light'}
    />
  ),
}
