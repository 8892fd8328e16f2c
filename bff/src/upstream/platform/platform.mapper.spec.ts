import { sampleFieldsOf } from './platform.mapper';

describe('the platform’s sample-data markers', () => {
  it('name the guide facts they fill, once each, whatever the platform calls them', () => {
    expect(sampleFieldsOf(['dept_name', 'by_law', 'accept_condition', 'is_charge', 'charge_desc', 'link_tel'])).toEqual(
      ['basis', 'conditions', 'consultPhone', 'department', 'fee'],
    );
  });

  it('leave out what no guide fact shows, and what the BFF does not know', () => {
    expect(sampleFieldsOf(['popularity', 'some_new_field', 'promise_day'])).toEqual(['promisedDays']);
  });
});
