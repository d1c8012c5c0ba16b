/** The add-in settings of a web-extension part as Excel writes them: JSON values, XML-escaped. */
import { webExtensionSettings, withElements } from '../../src/xlsx';

test('reads each property as its JSON value, unescaping the attribute; a value that is not JSON says why', () => {
  const xml = '<we:webextension><we:properties><we:property name="sakip.profile" value="&quot;bpom-enam-tingkat&quot;"/><we:property name="obj" value="{&quot;a&quot;:1,&quot;b&quot;:&quot;x &amp; y&quot;}"/><we:property name="rusak" value="{tidak"/></we:properties></we:webextension>';
  const settings = webExtensionSettings(xml);
  expect(settings.get('sakip.profile')).toEqual({ value: 'bpom-enam-tingkat' });
  expect(settings.get('obj')).toEqual({ value: { a: 1, b: 'x & y' } });
  expect(settings.get('rusak')).toEqual({ invalid: expect.any(String) });
  expect(webExtensionSettings('<we:webextension/>').size).toBe(0);
});

test('withElements adds only the missing elements before the closing tag', () => {
  expect(withElements('<Types><A/></Types>', 'Types', ['<A/>', '<B/>'])).toBe('<Types><A/><B/></Types>');
});
