export { planRemoval } from './plan-removal';
export { planRereading } from './plan-rereading';
