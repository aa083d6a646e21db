// The name of each entity type in the two languages, for descriptions written by the core.
import type { EntityType, Lang } from './model';

export const TYPE_LABEL: Record<Lang, Record<EntityType, string>> = {
  en: {
    person: 'Person',
    organization: 'Organisation',
    place: 'Place',
    project: 'Project',
    document: 'Document',
    event: 'Event',
  },
  ru: {
    person: 'Персона',
    organization: 'Организация',
    place: 'Место',
    project: 'Проект',
    document: 'Документ',
    event: 'Событие',
  },
};
