// One colour per entity type, used for page underlines, chips and badges. Mid-luminance hues that stay
// visible on white and on near-black backgrounds.
import type { EntityType } from '../../lib/model';

export const ENTITY_COLORS: Record<EntityType, string> = {
  person: '#e8590c',
  organization: '#1c7ed6',
  place: '#2b9a66',
  project: '#ae3ec9',
  document: '#c29100',
  event: '#e03170',
};
