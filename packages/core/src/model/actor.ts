import * as z from 'zod/mini'
import { IdSchema } from './id'

/**
 * Who acts: a claimant (rep, agent, distributor) or a manager, with their roles.
 *
 * @example
 * ActorSchema.parse({ id: 'rep-1', roles: ['sales'] })
 */
export const ActorSchema = z.object({
  id: IdSchema,
  roles: z.array(z.string()),
  division: z.optional(z.string()),
  region: z.optional(z.string()),
})

/**
 * The acting identity of a command.
 *
 * @example
 * const actor: Actor = { id: 'mgr-1', roles: ['regional-manager'], region: 'east' }
 */
export type Actor = z.infer<typeof ActorSchema>
