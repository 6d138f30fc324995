#include "DemoNames.h"

namespace peyvand::DemoNames {

const std::vector<std::pair<const char *, const char *>> &maleFirstNames()
{
    static const std::vector<std::pair<const char *, const char *>> v {
        { "علی", "ali" },       { "محمد", "mohammad" }, { "حسین", "hossein" },  { "رضا", "reza" },
        { "مهدی", "mahdi" },    { "امیر", "amir" },     { "حسن", "hasan" },     { "سعید", "saeed" },
        { "مجید", "majid" },    { "احمد", "ahmad" },    { "محسن", "mohsen" },   { "بهرام", "bahram" },
        { "کامران", "kamran" }, { "فرهاد", "farhad" },  { "پیمان", "peyman" },  { "یوسف", "yousef" },
        { "کیوان", "keyvan" },  { "مرتضی", "morteza" }, { "جواد", "javad" },    { "داریوش", "dariush" },
        { "بابک", "babak" },    { "سیاوش", "siavash" }, { "کوروش", "kourosh" }, { "هادی", "hadi" },
        { "اکبر", "akbar" },    { "عباس", "abbas" },    { "یاسر", "yaser" },    { "شهرام", "shahram" },
        { "آرش", "arash" },     { "نیما", "nima" }
    };
    return v;
}

const std::vector<std::pair<const char *, const char *>> &femaleFirstNames()
{
    static const std::vector<std::pair<const char *, const char *>> v {
        { "فاطمه", "fatemeh" },   { "زهرا", "zahra" },   { "مریم", "maryam" },    { "سارا", "sara" },
        { "نرگس", "narges" },     { "الهام", "elham" },  { "لیلا", "leila" },     { "مینا", "mina" },
        { "شیرین", "shirin" },    { "پریسا", "parisa" }, { "نازنین", "nazanin" }, { "مهسا", "mahsa" },
        { "فرشته", "fereshteh" }, { "سمیرا", "samira" }, { "نسرین", "nasrin" },   { "یاسمن", "yasaman" },
        { "هانیه", "haniyeh" },   { "کیمیا", "kimia" },  { "آزاده", "azadeh" },   { "رؤیا", "roya" },
        { "ژاله", "zhaleh" },     { "گلناز", "golnaz" }, { "پروین", "parvin" },   { "طاهره", "tahereh" },
        { "عاطفه", "atefeh" }
    };
    return v;
}

const std::vector<std::pair<const char *, const char *>> &lastNames()
{
    static const std::vector<std::pair<const char *, const char *>> v {
        { "احمدی", "ahmadi" },          { "محمدی", "mohammadi" }, { "حسینی", "hosseini" },
        { "رضایی", "rezaei" },          { "کریمی", "karimi" },    { "موسوی", "mousavi" },
        { "جعفری", "jafari" },          { "صادقی", "sadeghi" },   { "رحیمی", "rahimi" },
        { "قاسمی", "ghasemi" },         { "حیدری", "heidari" },   { "نوری", "nouri" },
        { "کاظمی", "kazemi" },          { "یزدانی", "yazdani" },  { "شریفی", "sharifi" },
        { "طاهری", "taheri" },          { "فرهادی", "farhadi" },  { "اکبری", "akbari" },
        { "مرادی", "moradi" },          { "زارعی", "zarei" },     { "عباسی", "abbasi" },
        { "سلیمانی", "soleimani" },     { "نجفی", "najafi" },     { "ملکی", "maleki" },
        { "باقری", "bagheri" },         { "توکلی", "tavakoli" },  { "پورمحمدی", "pourmohammadi" },
        { "گودرزی", "goodarzi" },       { "چگینی", "chegini" },   { "ژیان", "zhian" },
        { "کیانی", "kiani" },           { "میرزایی", "mirzaei" }, { "اصفهانی", "esfahani" },
        { "شیرازی", "shirazi" },        { "تهرانی", "tehrani" },  { "خسروی", "khosravi" },
        { "بهرامی", "bahrami" },        { "عزیزی", "azizi" },     { "دهقان", "dehghan" },
        { "نیک‌نام", "niknam" }
    };
    return v;
}

const std::vector<const char *> &companyWords()
{
    static const std::vector<const char *> v { "فولاد",
                                               "پارس",
                                               "البرز",
                                               "سپاهان",
                                               "آریا",
                                               "نوین",
                                               "کاوش",
                                               "پیشگامان",
                                               "صنایع",
                                               "توسعه",
                                               "فن‌آوران",
                                               "مهندسی",
                                               "پویا",
                                               "زاگرس",
                                               "خلیج فارس",
                                               "کیمیا",
                                               "سپهر",
                                               "آسیا",
                                               "ایران",
                                               "تدبیر",
                                               "دانش",
                                               "رایان",
                                               "سامانه",
                                               "پردازش",
                                               "نیرو",
                                               "انرژی",
                                               "ساختمان",
                                               "پتروشیمی",
                                               "داروسازی",
                                               "غذایی",
                                               "نساجی",
                                               "لوازم",
                                               "بازرگانی",
                                               "حمل‌ونقل",
                                               "ارتباطات",
                                               "داده",
                                               "افق",
                                               "آینده",
                                               "ستاره",
                                               "کوثر" };
    return v;
}

const std::vector<const char *> &companyForms()
{
    static const std::vector<const char *> v { "سهامی خاص", "سهامی عام", "با مسئولیت محدود", "تعاونی" };
    return v;
}

const std::vector<const char *> &industries()
{
    static const std::vector<const char *> v { "فولاد و فلزات", "پتروشیمی", "داروسازی", "صنایع غذایی", "فناوری اطلاعات",
                                               "ساختمان",       "خودرو",    "نساجی",    "بانک و بیمه", "پخش و توزیع",
                                               "آموزش",         "سلامت",    "کشاورزی",  "انرژی" };
    return v;
}

const std::vector<City> &cities()
{
    static const std::vector<City> v { { "تهران", "تهران", "21" },
                                       { "تهران", "تهران", "21" },
                                       { "تهران", "تهران", "21" },
                                       { "مشهد", "خراسان رضوی", "51" },
                                       { "اصفهان", "اصفهان", "31" },
                                       { "کرج", "البرز", "26" },
                                       { "شیراز", "فارس", "71" },
                                       { "تبریز", "آذربایجان شرقی", "41" },
                                       { "قم", "قم", "25" },
                                       { "اهواز", "خوزستان", "61" },
                                       { "کرمانشاه", "کرمانشاه", "83" },
                                       { "رشت", "گیلان", "13" },
                                       { "کرمان", "کرمان", "34" },
                                       { "یزد", "یزد", "35" },
                                       { "ارومیه", "آذربایجان غربی", "44" },
                                       { "همدان", "همدان", "81" },
                                       { "بندرعباس", "هرمزگان", "76" },
                                       { "ساری", "مازندران", "11" },
                                       { "زنجان", "زنجان", "24" },
                                       { "قزوین", "قزوین", "28" } };
    return v;
}

const std::vector<const char *> &streets()
{
    static const std::vector<const char *> v { "خیابان ولیعصر",  "خیابان انقلاب",  "خیابان آزادی",  "بلوار کشاورز",
                                               "خیابان شریعتی",  "بلوار میرداماد", "خیابان فردوسی", "خیابان امام",
                                               "بلوار پاسداران", "خیابان ستارخان", "خیابان مطهری",  "بلوار جمهوری" };
    return v;
}

const std::vector<std::pair<const char *, qint64>> &products()
{
    static const std::vector<std::pair<const char *, qint64>> v { { "یخچال ساید بای ساید", 650000000 },
                                                                  { "ماشین لباسشویی", 320000000 },
                                                                  { "جاروبرقی", 85000000 },
                                                                  { "تلویزیون ۵۵ اینچ", 420000000 },
                                                                  { "کولر گازی", 380000000 },
                                                                  { "مایکروویو", 95000000 },
                                                                  { "گوشی همراه", 250000000 },
                                                                  { "لپ‌تاپ", 700000000 },
                                                                  { "هدفون", 18000000 },
                                                                  { "کارت هدیه", 10000000 },
                                                                  { "اتو بخار", 22000000 },
                                                                  { "چای‌ساز", 15000000 } };
    return v;
}

const std::vector<std::pair<const char *, qint64>> &industrialProducts()
{
    static const std::vector<std::pair<const char *, qint64>> v {
        { "سرور رک", 3500000000 },         { "لایسنس نرم‌افزار سازمانی", 1200000000 },
        { "پمپ صنعتی", 2800000000 },       { "قرارداد پشتیبانی سالانه", 900000000 },
        { "تابلو برق", 1600000000 },       { "ورق فولادی (تن)", 450000000 },
        { "دستگاه تصفیه آب", 2200000000 }, { "سامانه دوربین مداربسته", 750000000 },
        { "ژنراتور", 5200000000 },         { "خدمات نصب و راه‌اندازی", 300000000 }
    };
    return v;
}

const std::vector<const char *> &jobTitles()
{
    static const std::vector<const char *> v { "کارپرداز",    "مدیر خرید",
                                               "مدیر مالی",   "مدیر واحد سفارش‌دهنده",
                                               "کاربر نهایی", "عضو کمیسیون معاملات",
                                               "مدیرعامل",    "مدیر فنی",
                                               "منشی" };
    return v;
}

const std::vector<const char *> &callOutcomes()
{
    static const std::vector<const char *> v { "پاسخ نداد",
                                               "علاقه‌مند است",
                                               "درخواست پیش‌فاکتور",
                                               "قرار جلسه گذاشته شد",
                                               "فعلاً نیازی ندارد",
                                               "پیگیری هفته بعد",
                                               "شکایت از تأخیر ارسال",
                                               "پرسش درباره گارانتی",
                                               "خرید انجام شد",
                                               "بودجه ندارد" };
    return v;
}

const std::vector<const char *> &activityNotes()
{
    static const std::vector<const char *> v {
        "",
        "",
        "مشتری قدیمی، ترجیح می‌دهد عصرها تماس گرفته شود",
        "کاتالوگ جدید ارسال شد",
        "درباره تخفیف حجمی سؤال کرد",
        "پیش‌فاکتور به ایمیل ارسال شد",
        "نیاز به دمو در محل دارد",
        "با مدیر مالی هماهنگ شود",
        "از رقیب هم قیمت گرفته است"
    };
    return v;
}

const std::vector<const char *> &tags()
{
    static const std::vector<const char *> v {
        "VIP", "وفادار", "نمایشگاه ۱۴۰۴", "عمده‌فروش", "کمپین نوروز", "نیازمند پیگیری", "معرفی‌شده"
    };
    return v;
}

const std::vector<const char *> &dealTitles()
{
    static const std::vector<const char *> v { "خرید تجهیزات", "قرارداد سالانه", "تمدید پشتیبانی", "پروژه توسعه",
                                               "سفارش عمده",   "خرید اقساطی",    "ارتقای سامانه",  "مناقصه تأمین" };
    return v;
}

const std::vector<const char *> &requestSubjects()
{
    static const std::vector<const char *> v { "خرابی پس از نصب", "درخواست گارانتی", "تأخیر در ارسال",
                                               "کسری در بار",     "آموزش کاربران",   "درخواست فاکتور رسمی",
                                               "تعویض کالا" };
    return v;
}

} // namespace peyvand::DemoNames
