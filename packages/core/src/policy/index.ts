// Public exports of policy/: the rules of one company, their defaults and the seven seed presets.
export { definePolicy } from './define'
export { PolicyError, type PolicyIssue } from './error'
export { type PresetName, presets } from './presets'
export { type Policy, type PolicyInput, PolicySchema } from './schema'
export { type ScopeInput, scopeOf } from './scope'
