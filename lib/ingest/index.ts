export { planAddition, mentionsInEarlierArticles } from './plan-addition';
export { planRemoval } from './plan-removal';
export { planRereading } from './plan-rereading';
