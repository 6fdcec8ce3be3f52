import type { Output } from '../../api/types';

export type RadarData = Output<'/api/v1/strategy/radar'>;
export type RadarEntryData = RadarData['entries'][number];
export type RadarRingData = RadarData['rings'][number];
export type WatchItemData = Output<'/api/v1/strategy/watch-list'>['items'][number];

/** Admin and executive shape the radar and the watch list; everyone reads them. */
export const RADAR_EDITORS = ['admin', 'executive'] as const;
