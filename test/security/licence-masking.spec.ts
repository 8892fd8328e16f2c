// Every printed field of every licence type the library issues, as the detail page shows it before 显示完整信息:
// a shoulder-surfer or a screenshot must not get a name, an identifier or a door address, and the resident must
// still read what identifies nobody (社保卡's 卡号 was shown in full; 结婚证's 配偶性别 was "*", 户口簿's
// 户主或与户主关系 was "户*").
import { fieldKindOf, maskedFields } from '../../bff/src/licences/licence-masking';
import { KINDS } from '../../packages/sandbox/src/seed/licence-kinds';
import { ISSUED_AS_OF } from '../../packages/sandbox/src/seed/licence-terms';
import { ageOn } from '../../packages/sandbox/src/seed/people';
import { rngFor } from '../../packages/sandbox/src/seed/prng';
import { buildResidents, countyOf } from '../../packages/sandbox/src/seed/residents';

// Every kind the sandbox's library knows, issued to every seeded resident who could hold it (not only those the
// seed picked), so a type no seeded resident happens to hold is checked too.
const issued = buildResidents().flatMap((resident) => {
  const holder = { resident, county: countyOf(resident.county), age: ageOn(resident.birth_date, ISSUED_AS_OF) };
  return KINDS.filter((kind) => kind.chance(holder) > 0).flatMap((kind) => {
    const got = kind.issue(holder, rngFor('masking-test', resident.id_number, kind.name));
    return got ? [{ type_name: kind.name, holder: resident, surface: got.surface }] : [];
  });
});

describe('licence fields before “显示完整信息”, over every licence type', () => {
  it('has every licence type issued to at least one seeded resident', () => {
    const held = new Set(issued.map((l) => l.type_name));
    expect(KINDS.map((k) => k.name).filter((name) => !held.has(name))).toEqual([]);
  });

  it('knows what every printed label is (a new label needs a decision in the table, not a guess)', () => {
    const unknown = new Set(issued.flatMap((l) => l.surface.map((f) => f.label)).filter((x) => !fieldKindOf(x)));
    expect([...unknown]).toEqual([]);
  });

  it('masks names, identifiers and addresses, and shows plain facts in full', () => {
    for (const licence of issued) {
      const shown = maskedFields(licence.surface, licence.holder.name, false);
      licence.surface.forEach((printed, i) => {
        const field = shown[i];
        const where = `${licence.type_name} ${printed.label}`;
        expect(field.label).toBe(printed.label);
        const kind = printed.value === licence.holder.name ? 'name' : fieldKindOf(printed.label);
        if (kind === 'plain') {
          expect({ where, value: field.value, masked: field.masked }).toEqual({
            where,
            value: printed.value,
            masked: false,
          });
        } else {
          expect({ where, masked: field.masked }).toEqual({ where, masked: true });
          expect(field.value).not.toBe(printed.value);
          expect(field.value).toContain('*');
          // Enough left for the owner to recognise it: never all stars.
          expect(field.value.replace(/\*/g, '').length).toBeGreaterThan(0);
        }
      });
    }
  });

  it('never shows the holder’s full name or ID number in any field', () => {
    for (const licence of issued) {
      for (const field of maskedFields(licence.surface, licence.holder.name, false)) {
        expect(field.value).not.toContain(licence.holder.id_number);
        if (licence.holder.name.length > 1) expect(field.value).not.toContain(licence.holder.name);
      }
    }
  });

  it('shows everything, unmarked, when revealed', () => {
    for (const licence of issued) {
      const shown = maskedFields(licence.surface, licence.holder.name, true);
      expect(shown).toEqual(licence.surface.map((f) => ({ label: f.label, value: f.value, masked: false })));
    }
  });
});
