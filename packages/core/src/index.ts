/**
 * @baobei/core — customer registration and protection (客户报备 / 客户保护 / 撞单) as pure functions.
 *
 * The public surface is curated per domain concept; each folder's `index.ts` lists what it exports.
 * @packageDocumentation
 */

export * from './access/index'
export * from './conflicts/index'
export * from './lifecycle/index'
export * from './matching/index'
export * from './model/index'
export * from './policy/index'
