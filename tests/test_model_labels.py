"""The model's cells and labels are those of the official formats (SPEC Part B §3–§5)."""

from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path

import pytest

from govinfo_report.model import ReportV2019, ReportV2021, cell_specs, section_info

SOURCE = Path(__file__).parent.parent / "src" / "govinfo_report"

# The labels below are transcribed from SPEC.md Part B, independently of the model.
COLUMNS = [
    "自然人",
    "法人或其他组织 / 商业企业",
    "法人或其他组织 / 科研机构",
    "法人或其他组织 / 社会公益组织",
    "法人或其他组织 / 法律服务机构",
    "法人或其他组织 / 其他",
    "总计",
]
RESULTS = "三、本年度办理结果"
ROWS_BEFORE_OTHER = [
    "一、本年新收政府信息公开申请数量",
    "二、上年结转政府信息公开申请数量",
    f"{RESULTS} / （一）予以公开",
    f"{RESULTS} / （二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    *(
        f"{RESULTS} / （三）不予公开 / {row}"
        for row in [
            "1.属于国家秘密",
            "2.其他法律行政法规禁止公开",
            "3.危及“三安全一稳定”",
            "4.保护第三方合法权益",
            "5.属于三类内部事务信息",
            "6.属于四类过程性信息",
            "7.属于行政执法案卷",
            "8.属于行政查询事项",
        ]
    ),
    *(
        f"{RESULTS} / （四）无法提供 / {row}"
        for row in ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]
    ),
    *(
        f"{RESULTS} / （五）不予处理 / {row}"
        for row in [
            "1.信访举报投诉类申请",
            "2.重复申请",
            "3.要求提供公开出版物",
            "4.无正当理由大量反复申请",
            "5.要求行政机关确认或重新出具已获取信息",
        ]
    ),
]
OTHER_2021 = [
    f"{RESULTS} / （六）其他处理 / {row}"
    for row in [
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        "3.其他",
    ]
]
OTHER_2019 = [f"{RESULTS} / （六）其他处理"]
ROWS_AFTER_OTHER = [f"{RESULTS} / （七）总计", "四、结转下年度继续办理"]

TABLE2_2021 = [
    (block, row, column)
    for block, rows, columns in [
        ("第二十条第（一）项", ["规章", "行政规范性文件"], ["本年制发件数", "本年废止件数", "现行有效件数"]),
        ("第二十条第（五）项", ["行政许可"], ["本年处理决定数量"]),
        ("第二十条第（六）项", ["行政处罚", "行政强制"], ["本年处理决定数量"]),
        ("第二十条第（八）项", ["行政事业性收费"], ["本年收费金额（单位：万元）"]),
    ]
    for row in rows
    for column in columns
]
TABLE2_2019 = [
    (block, row, column)
    for block, rows, columns in [
        (
            "第二十条第（一）项",
            ["规章", "规范性文件"],
            ["本年新制作数量", "本年新公开数量", "对外公开总数量"],
        ),
        (
            "第二十条第（五）项",
            ["行政许可", "其他对外管理服务事项"],
            ["上一年项目数量", "本年增/减", "处理决定数量"],
        ),
        ("第二十条第（六）项", ["行政处罚", "行政强制"], ["上一年项目数量", "本年增/减", "处理决定数量"]),
        ("第二十条第（八）项", ["行政事业性收费"], ["上一年项目数量", "本年增/减"]),
        ("第二十条第（九）项", ["政府集中采购"], ["采购项目数量", "采购总金额"]),
    ]
    for row in rows
    for column in columns
]
TABLE4 = [
    f"{group} / {column}"
    for group in ["行政复议", "行政诉讼 / 未经复议直接起诉", "行政诉讼 / 复议后起诉"]
    for column in ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
]
SECTIONS = [
    "一、总体情况",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项",
]


def labels_of(report_cls: type, table: str) -> list[str]:
    return [spec.label for spec in cell_specs(report_cls) if spec.table == table]


@pytest.mark.parametrize(
    ("report_cls", "table", "expected"),
    [
        (ReportV2021, "table2", 10),
        (ReportV2019, "table2", 22),
        (ReportV2021, "table3", 175),
        (ReportV2019, "table3", 161),
        (ReportV2021, "table4", 15),
        (ReportV2019, "table4", 15),
        (ReportV2021, "processing_fees", 3),
        (ReportV2019, "processing_fees", 0),
    ],
)
def test_each_table_has_the_official_number_of_cells(report_cls: type, table: str, expected: int) -> None:
    assert len(labels_of(report_cls, table)) == expected


@pytest.mark.parametrize(("report_cls", "other_rows"), [(ReportV2021, OTHER_2021), (ReportV2019, OTHER_2019)])
def test_table3_labels_are_the_official_rows_times_columns(report_cls: type, other_rows: list[str]) -> None:
    rows = ROWS_BEFORE_OTHER + other_rows + ROWS_AFTER_OTHER
    assert labels_of(report_cls, "table3") == [f"{row} / {column}" for row in rows for column in COLUMNS]


@pytest.mark.parametrize(("report_cls", "expected"), [(ReportV2021, TABLE2_2021), (ReportV2019, TABLE2_2019)])
def test_table2_labels_are_the_official_blocks_rows_and_columns(report_cls: type, expected: list) -> None:
    assert labels_of(report_cls, "table2") == [" / ".join(parts) for parts in expected]


@pytest.mark.parametrize("report_cls", [ReportV2021, ReportV2019])
def test_table4_labels_are_the_official_groups_and_outcomes(report_cls: type) -> None:
    assert labels_of(report_cls, "table4") == TABLE4


def test_processing_fee_labels_follow_spec_a6() -> None:
    assert labels_of(ReportV2021, "processing_fees") == [
        "信息处理费 / 发出收费通知件数",
        "信息处理费 / 通知金额",
        "信息处理费 / 实际收取金额",
    ]


def test_the_six_section_titles_are_official_and_in_order() -> None:
    assert [section.label.full for section in section_info()] == SECTIONS
    assert [section.table for section in section_info()] == [None, "table2", "table3", "table4", None, None]


def test_table2_key_paths_are_the_documented_json_keys() -> None:
    keys_2021 = {spec.key for spec in cell_specs(ReportV2021) if spec.table == "table2"}
    assert keys_2021 == {
        *(
            f"table2.{row}.{column}"
            for row in ("regulations", "normative_documents")
            for column in ("issued", "repealed", "in_force")
        ),
        *(f"table2.{row}.decisions" for row in ("licensing", "penalties", "coercive_measures")),
        "table2.fees.amount_wan_yuan",
    }
    keys_2019 = {spec.key for spec in cell_specs(ReportV2019) if spec.table == "table2"}
    assert keys_2019 == {
        *(
            f"table2.{row}.{column}"
            for row in ("regulations", "normative_documents")
            for column in ("made", "published", "published_total")
        ),
        *(
            f"table2.{row}.{column}"
            for row in ("licensing", "other_services", "penalties", "coercive_measures")
            for column in ("items_last_year", "items_change", "decisions")
        ),
        "table2.fees.items_last_year",
        "table2.fees.items_change",
        "table2.procurement.projects",
        "table2.procurement.amount",
    }


def test_table3_and_table4_key_paths_are_the_documented_json_keys() -> None:
    columns = [
        "natural_person",
        "commercial",
        "research",
        "social_welfare",
        "legal_service",
        "other",
        "total",
    ]
    groups = {
        "withheld": [
            "state_secret",
            "prohibited_by_law",
            "security_stability",
            "third_party_rights",
            "internal_affairs",
            "process_information",
            "enforcement_files",
            "administrative_query",
        ],
        "unable": ["not_held", "needs_compilation", "unclear_after_correction"],
        "not_processed": ["petition", "duplicate", "publication", "excessive", "confirmation"],
    }
    rows = ["received", "carried_over", "results.disclosed", "results.partially_disclosed"]
    rows += [f"results.{group}.{row}" for group, names in groups.items() for row in names]
    expected_2021 = [
        *rows,
        *(f"results.other_handling.{row}" for row in ("no_correction", "fee_unpaid", "other")),
    ]
    expected_2019 = [*rows, "results.other_handling"]
    for report_cls, expected in ((ReportV2021, expected_2021), (ReportV2019, expected_2019)):
        expected_rows = [*expected, "results.total", "carried_forward"]
        keys = [spec.key for spec in cell_specs(report_cls) if spec.table == "table3"]
        assert keys == [f"table3.{row}.{column}" for row in expected_rows for column in columns]
        keys4 = [spec.key for spec in cell_specs(report_cls) if spec.table == "table4"]
        assert keys4 == [
            f"table4.{group}.{column}"
            for group in ("review", "litigation_direct", "litigation_after_review")
            for column in ("upheld", "corrected", "other", "pending", "total")
        ]


def test_subtotal_rows_are_extra_cells_labelled_by_their_group() -> None:
    extra = [spec for spec in cell_specs(ReportV2021, subtotals=True) if spec.subtotal]
    assert {spec.key.rsplit(".", 2)[0] for spec in extra} == {
        f"table3.results.{group}" for group in ("withheld", "unable", "not_processed", "other_handling")
    }
    spec = next(spec for spec in extra if spec.key == "table3.results.other_handling.subtotal.total")
    assert spec.label == "三、本年度办理结果 / （六）其他处理 / 总计"
    assert all(not spec.subtotal for spec in cell_specs(ReportV2021))


def _string_literals(path: Path) -> list[str]:
    """The string constants of a module's code, docstrings left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]


def _official_words() -> set[str]:
    """Every label wording of both formats that is long enough to be unmistakable."""
    words = set()
    for report_cls in (ReportV2021, ReportV2019):
        for spec in cell_specs(report_cls, subtotals=True):
            for label in spec.labels:
                words.add(re.sub(r"^(（.）|\d\.|.、)", "", label))
    words.update(title.split("、", 1)[1] for title in SECTIONS)
    return {word for word in words if len(word) > 2}


def test_each_official_label_is_written_once_in_the_model() -> None:
    literals = Counter(
        literal for path in (SOURCE / "model").glob("*.py") for literal in _string_literals(path)
    )
    repeated = {word: literals[word] for word in _official_words() if literals[word] != 1}
    assert repeated == {}


def test_no_official_label_is_typed_outside_the_model() -> None:
    words = _official_words()
    outside = {
        f"{path.relative_to(SOURCE)}: {literal}"
        for path in SOURCE.rglob("*.py")
        if "model" not in path.relative_to(SOURCE).parts
        for literal in _string_literals(path)
        if literal in words
    }
    assert outside == set()
