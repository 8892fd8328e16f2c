import type {
  ApplicationDetail,
  FormField,
  FormMaterial,
  LicenceSummary,
  SupplementItem,
  SupplementRequest,
} from '@zsb/contracts';
import { applicationsApi } from '@/api/applications';
import type { ApiResult } from '@/api/client';
import { licencesApi } from '@/api/licences';

export interface AskedField {
  item: SupplementItem;
  field: FormField;
}

export interface AskedMaterial {
  item: SupplementItem;
  material: FormMaterial;
}

export interface SupplementContext {
  application: ApplicationDetail;
  /** The open request, or null when nothing is waiting (answered, or none). */
  request: SupplementRequest | null;
  fields: AskedField[];
  materials: AskedMaterial[];
  licences: Record<string, LicenceSummary>;
  consented: string[];
}

// When the matter's form cannot be read any more, an asked item is still answerable: as text, or as files.
const plainField = (item: SupplementItem): FormField => ({
  key: item.key,
  label: item.label,
  type: 'textarea',
  required: true,
  maxLength: 500,
  pattern: null,
  choices: null,
  hint: null,
  locked: false,
  prefill: null,
});
const plainMaterial = (item: SupplementItem): FormMaterial => ({
  key: item.key,
  name: item.label,
  required: true,
  note: null,
  licenceType: null,
  accept: ['image', 'pdf'],
  maxFiles: 5,
});

/** The application, exactly the items asked, each with its form definition so the same rules apply. */
export async function loadSupplement(id: string): Promise<ApiResult<SupplementContext>> {
  const res = await applicationsApi.detail(id);
  const application = res.data;
  const request = application.supplement && !application.supplement.answeredAt ? application.supplement : null;
  if (!request)
    return {
      data: { application, request: null, fields: [], materials: [], licences: {}, consented: [] },
      meta: res.meta,
    };

  const wantsMaterial = request.items.some((i) => i.kind === 'material');
  const [form, licences, consents] = await Promise.all([
    applicationsApi
      .form(application.matterCode)
      .then((r) => r.data)
      .catch(() => null),
    wantsMaterial
      ? licencesApi
          .list()
          .then((r) => r.data.items)
          .catch(() => [])
      : [],
    wantsMaterial
      ? licencesApi
          .consents()
          .then((r) => r.data.items)
          .catch(() => [])
      : [],
  ]);
  const fields = request.items
    .filter((i) => i.kind === 'field')
    .map((item) => {
      const f = form?.fields.find((x) => x.key === item.key);
      // A field asked again is answered by the resident even if the form locks it: the hall asked for it.
      return {
        item,
        field: f ? { ...f, locked: false, prefill: null, label: item.label || f.label } : plainField(item),
      };
    });
  const materials = request.items
    .filter((i) => i.kind === 'material')
    .map((item) => ({ item, material: form?.materials.find((x) => x.key === item.key) ?? plainMaterial(item) }));
  const byType: Record<string, LicenceSummary> = {};
  for (const l of licences) if (l.status === 'valid' && !byType[l.typeCode]) byType[l.typeCode] = l;
  const consented = consents
    .filter((c) => c.matterCode === application.matterCode && c.revokedAt === null)
    .map((c) => c.typeCode);
  return { data: { application, request, fields, materials, licences: byType, consented }, meta: res.meta };
}
