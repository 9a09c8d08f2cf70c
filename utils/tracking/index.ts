export * from './types';
export * from './deadline';
export * from './evidence';
export * from './reminders';
