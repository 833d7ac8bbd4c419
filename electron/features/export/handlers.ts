import type { exportMethods } from '../../../core/api/methods/export';
import type { HandlersOf } from '../../app/handler-types';
import type { ExportService } from './service';

export function exportHandlers(exporter: ExportService): HandlersOf<typeof exportMethods> {
  return {
    'document.export': ({ id, format, options }) => exporter.export(id, format, options),
    'document.exportPdf': ({ id, options }) => exporter.export(id, 'pdf', options),
  };
}
