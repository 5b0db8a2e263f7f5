/** The timeline's language: dates written out honestly, axis locales and ticks, UI strings. Pure; no DOM. */
export { describeDate, dateWords } from './describe-date.js';
export { multiLevelTicks, type AxisTick, type AxisSpanTick, type MultiLevelTicks } from './ticks.js';
export { messages, staticListMessages, fillTemplate, type StaticListMessages, type TimelineMessages } from './messages.js';
export { kindName } from './kind-names.js';
export { laneLabel, laneLabeler } from './lane-labels.js';
export { announceEvent, clusterLabel } from './announce.js';
export { formatCount } from './numbers.js';
export { legendEntries, type LegendEntry } from './legend.js';
export { monthNames, weekdayNames } from './intl-names.js';
export { baseLanguage } from './language.js';
