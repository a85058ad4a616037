// Public exports of access/: confidentiality (SPEC §7): masked contacts and who may see a file.
export { maskPhone } from './mask-phone'
export { type CustomerView, type ViewAudit, type ViewGrant, viewOf } from './view-of'
