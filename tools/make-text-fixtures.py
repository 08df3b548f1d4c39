#!/usr/bin/env python3
"""Writes test-fixtures/text/*.txt: reports gongkai generates itself, as text with tab-separated tables
(the way a report copied from a web page looks), and *.expected.json with every cell.

The agencies and numbers are made up; table 3 and table 4 satisfy every sum rule, so a changed number
must be caught (mutation tests). Deterministic: a fixed seed."""
import json, pathlib, random

OUT = pathlib.Path(__file__).resolve().parent.parent / 'test-fixtures' / 'text'
COLS = ['natural_person', 'commercial_enterprise', 'research_institution', 'social_welfare_org',
        'legal_service_org', 'other_org', 'total']
RESULT_ROWS_COMMON = [
    ('granted', '（一）予以公开'), ('partial', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'),
    ('denied.state_secret', '1.属于国家秘密'), ('denied.law_prohibited', '2.其他法律行政法规禁止公开'),
    ('denied.security_stability', '3.危及“三安全一稳定”'), ('denied.third_party', '4.保护第三方合法权益'),
    ('denied.internal_affairs', '5.属于三类内部事务信息'), ('denied.process_info', '6.属于四类过程性信息'),
    ('denied.enforcement_file', '7.属于行政执法案卷'), ('denied.admin_query', '8.属于行政查询事项'),
    ('unavailable.not_held', '1.本机关不掌握相关政府信息'), ('unavailable.needs_creation', '2.没有现成信息需要另行制作'),
    ('unavailable.still_unclear', '3.补正后申请内容仍不明确'),
    ('not_processed.petition_complaint', '1.信访举报投诉类申请'), ('not_processed.duplicate', '2.重复申请'),
    ('not_processed.publication', '3.要求提供公开出版物'), ('not_processed.mass_repeat', '4.无正当理由大量反复申请'),
    ('not_processed.confirm_or_reissue', '5.要求行政机关确认或重新出具已获取信息'),
]
OTHER_V2019 = [('other', '（六）其他处理')]
OTHER_V2021 = [('other.overdue_no_correction', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'),
               ('other.overdue_no_fee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'),
               ('other.other', '3.其他')]
GROUP_OF = {'denied': '（三）不予公开', 'unavailable': '（四）无法提供', 'not_processed': '（五）不予处理', 'other.': '（六）其他处理'}
T4_GROUPS = ['review', 'lit_direct', 'lit_after_review']
T4_COLS = ['upheld', 'corrected', 'other', 'pending', 'total']


def num(cells, cid, value, raw=None):
    cells[cid] = {'kind': 'number', 'value': value, 'raw': raw if raw is not None else str(value)}


def table3(rng, version, cells, carried_in=None):
    result_rows = RESULT_ROWS_COMMON + (OTHER_V2019 if version == 'v2019' else OTHER_V2021)
    values = {}
    for key, _ in result_rows:
        weight = 3 if key in ('granted', 'unavailable.not_held', 'partial') else 1
        values[key] = [rng.choice([0, 0, 0, 1, 2, 5]) * weight if c in (0, 1) else rng.choice([0, 0, 0, 0, 1]) for c in range(6)]
    fixed_in = carried_in is not None
    carried_in = list(carried_in) if fixed_in else [rng.choice([0, 1, 3]) for _ in range(6)]
    result_total = [sum(values[k][c] for k, _ in result_rows) for c in range(6)]
    carried_out = [rng.choice([0, 1, 2]) for _ in range(6)]
    new_received = [result_total[c] + carried_out[c] - carried_in[c] for c in range(6)]
    for c in range(6):  # keep new_received non-negative
        if new_received[c] < 0 and fixed_in:
            carried_out[c] -= new_received[c]
            new_received[c] = 0
        elif new_received[c] < 0:
            carried_in[c] += new_received[c]
            new_received[c] = 0
    rows = [('new_received', '一、本年新收政府信息公开申请数量', new_received),
            ('carried_in', '二、上年结转政府信息公开申请数量', carried_in)]
    rows += [(k, label, values[k]) for k, label in result_rows]
    rows += [('result_total', '（七）总计', result_total), ('carried_out', '四、结转下年度继续办理', carried_out)]
    cells['_carried_out'] = carried_out
    lines = ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t\t申请人情况\t\t\t\t\t\t\t',
             '\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计',
             '\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t']
    for key, label, vals in rows:
        full = vals + [sum(vals)]
        for c, v in zip(COLS, full):
            num(cells, f't3.{key}.{c}', v)
        group = next((g for p, g in GROUP_OF.items() if key.startswith(p)), '')
        prefix = '三、本年度办理结果\t' if key in ('granted', 'partial') else ''
        first = f'{prefix}{group}\t{label}' if group else (f'{prefix}{label}' if prefix else label)
        lines.append(first + '\t' + '\t'.join(map(str, full)))
    return lines


def table4(rng, cells):
    values = []
    for g in T4_GROUPS:
        parts = [rng.choice([0, 1, 2, 4]) for _ in range(4)]
        for c, v in zip(T4_COLS, parts + [sum(parts)]):
            num(cells, f't4.{g}.{c}', v)
        values += parts + [sum(parts)]
    return ['行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t',
            '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t',
            '\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
            '\t'.join(map(str, values))]


def table2(rng, version, cells, in_force_before=None):
    if version == 'v2021':
        r = [rng.randint(0, 5) for _ in range(2)]
        rows = ['第二十条第（一）项\t\t\t', '信息内容\t本年制发件数\t本年废止件数\t现行有效件数']
        for key, label in [('regulation', '规章'), ('normative_doc', '行政规范性文件')]:
            issued, repealed = rng.randint(0, 9), rng.randint(0, 3)
            base = in_force_before[key] if in_force_before else rng.randint(10, 90)
            in_force = base + issued - repealed
            cells.setdefault('_in_force', {})[key] = in_force
            for c, v in zip(['issued', 'repealed', 'in_force'], [issued, repealed, in_force]):
                num(cells, f't2.a20_1.{key}.{c}', v)
            rows.append(f'{label}\t{issued}\t{repealed}\t{in_force}')
        rows += ['第二十条第（五）项\t\t\t', '信息内容\t本年处理决定数量\t\t']
        lic = rng.randint(100, 5000)
        num(cells, 't2.a20_5.licensing.decisions', lic)
        rows.append(f'行政许可\t{lic}\t\t')
        rows += ['第二十条第（六）项\t\t\t', '信息内容\t本年处理决定数量\t\t']
        for key, label in [('penalty', '行政处罚'), ('coercion', '行政强制')]:
            v = rng.randint(0, 900)
            num(cells, f't2.a20_6.{key}.decisions', v)
            rows.append(f'{label}\t{v}\t\t')
        rows += ['第二十条第（八）项\t\t\t', '信息内容\t本年收费金额（单位：万元）\t\t']
        num(cells, 't2.a20_8.admin_fee.amount', 123.45, '123.45')
        rows.append('行政事业性收费\t123.45\t\t')
        return rows
    rows = ['第二十条第（一）项\t\t\t', '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量']
    for key, label in [('regulation', '规章'), ('normative_doc', '规范性文件')]:
        a, b, c = 1, 1, rng.randint(3, 40)
        for col, v in zip(['new_made', 'new_published', 'total_published'], [a, b, c]):
            num(cells, f't2.a20_1.{key}.{col}', v)
        rows.append(f'{label}\t{a}\t{b}\t{c}')
    for block, items in [('a20_5', [('licensing', '行政许可'), ('other_service', '其他对外管理服务事项')]),
                         ('a20_6', [('penalty', '行政处罚'), ('coercion', '行政强制')])]:
        rows += [f'第二十条第（{"五" if block == "a20_5" else "六"}）项\t\t\t', '信息内容\t上一年项目数量\t本年增/减\t处理决定数量']
        for key, label in items:
            prev, change, dec = rng.randint(0, 30), rng.choice([-2, 0, 3]), rng.randint(0, 300)
            raw = f'+{change}' if change > 0 else str(change)
            num(cells, f't2.{block}.{key}.prev_year_items', prev)
            num(cells, f't2.{block}.{key}.change', change, raw)
            num(cells, f't2.{block}.{key}.decisions', dec)
            rows.append(f'{label}\t{prev}\t{raw}\t{dec}')
    rows += ['第二十条第（八）项\t\t\t', '信息内容\t上一年项目数量\t本年增/减\t']
    num(cells, 't2.a20_8.admin_fee.prev_year_items', 2)
    num(cells, 't2.a20_8.admin_fee.change', 0)
    rows.append('行政事业性收费\t2\t0\t')
    rows += ['第二十条第（九）项\t\t\t', '信息内容\t采购项目数量\t采购总金额\t']
    num(cells, 't2.a20_9.procurement.items', 12)
    num(cells, 't2.a20_9.procurement.amount', 25.1, '251000元')
    rows.append('政府集中采购\t12\t251000元\t')
    return rows


def report(name, agency, year, version, seed, previous=None):
    """Writes one report; with {@code previous} (the state of year-1) its carried-in and in-force numbers
    continue that year's, so that the cross-year checks find nothing."""
    rng = random.Random(seed)
    cells = {}
    t2 = table2(rng, version, cells, previous and previous['_in_force'])
    t3 = table3(rng, version, cells, previous and previous['_carried_out'])
    t4 = table4(rng, cells)
    text = '\n'.join([
        f'{agency}{year}年政府信息公开工作年度报告', '',
        f'本报告由{agency}办公室根据《中华人民共和国政府信息公开条例》编制。', '',
        '一、总体情况', f'{year}年，本机关认真贯彻落实《条例》，推进政务公开工作。', '',
        '二、主动公开政府信息情况', *t2, '',
        '三、收到和处理政府信息公开申请情况', *t3, '',
        '四、政府信息公开行政复议、行政诉讼情况', *t4, '',
        '五、存在的主要问题及改进情况', '政策解读形式不够丰富，下一步将加强。', '',
        '六、其他需要报告的事项', f'{year}年未收取信息处理费。', ''])
    (OUT / f'{name}.txt').write_text(text, encoding='utf-8')
    state = {k: cells.pop(k) for k in ('_carried_out', '_in_force') if k in cells}
    expected = {'file': f'{name}.txt', 'format_version': version, 'agency': agency, 'year': year,
                'notes': 'generated by tools/make-text-fixtures.py; made-up numbers satisfying every sum rule',
                'cells': cells}
    (OUT / f'{name}.txt.expected.json').write_text(json.dumps(expected, ensure_ascii=False, indent=1), encoding='utf-8')
    return state


OUT.mkdir(parents=True, exist_ok=True)
report('sample_county_2020_v2019', '示例县人民政府', 2020, 'v2019', 2020)
year_2022 = report('sample_bureau_2022_v2021', '示例市教育局', 2022, 'v2021', 2022)
report('sample_bureau_2023_v2021', '示例市教育局', 2023, 'v2021', 2023, previous=year_2022)
print('written to', OUT)
