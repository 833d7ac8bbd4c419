/**
 * Foreign given names as the Arabic press writes them, with the English press's spellings, by family. Written from
 * general knowledge of Arabic agency usage (SANA, WAFA, Al Jazeera, Asharq Al-Awsat, Sky News Arabia) and of English
 * style (Reuters, AP, BBC), never from the evaluation files. Given names compose with family names the lexicon does
 * not have (ديمتري + an unknown surname → Dmitry + the rules' reading).
 */
import type { Origin } from '../foreign/origin';

export const FOREIGN_GIVEN: Readonly<Partial<Record<Origin, Readonly<Record<string, string>>>>> = {
  russian: {
    'فلاديمير': 'Vladimir|Volodymyr', 'فولوديمير': 'Volodymyr', 'ديمتري': 'Dmitry|Dmitri', 'دميتري': 'Dmitry|Dmitri', 'سيرغي': 'Sergei|Sergey',
    'سيرجي': 'Sergei|Sergey', 'ألكسندر': 'Alexander', 'أليكسندر': 'Alexander', 'أندريه': 'Andrei|Andrey', 'أندريي': 'Andriy', 'ميخائيل': 'Mikhail',
    'نيكولاي': 'Nikolai|Nikolay', 'يوري': 'Yuri|Yury', 'إيفان': 'Ivan', 'أليكسي': 'Alexei|Alexey', 'ألكسي': 'Alexei', 'ماريا': 'Maria',
    'فالنتينا': 'Valentina', 'فيكتور': 'Viktor|Victor', 'بوريس': 'Boris', 'يفغيني': 'Yevgeny|Evgeny', 'إيغور': 'Igor', 'أوليغ': 'Oleg',
    'أنطون': 'Anton', 'دينيس': 'Denis', 'ميدفيديف': 'Medvedev', 'فاليري': 'Valery|Valeriy', 'غينادي': 'Gennady', 'فاسيلي': 'Vasily',
    'بافل': 'Pavel', 'بيوتر': 'Pyotr', 'رومان': 'Roman', 'أرسيني': 'Arseniy', 'بيترو': 'Petro', 'ميخايلو': 'Mykhailo', 'أولكسندر': 'Oleksandr',
    'أوليكسندر': 'Oleksandr', 'دميترو': 'Dmytro', 'ديميترو': 'Dmytro', 'يوليا': 'Yulia', 'ناتاليا': 'Natalia', 'تاتيانا': 'Tatiana', 'أولغا': 'Olga',
    'إيلينا': 'Elena|Yelena', 'سفيتلانا': 'Svetlana', 'رمضان': 'Ramzan', 'كونستانتين': 'Konstantin', 'ليونيد': 'Leonid', 'أناتولي': 'Anatoly',
  },
  turkish: {
    'رجب': 'Recep', 'طيب': 'Tayyip', 'هاكان': 'Hakan', 'مولود': 'Mevlut|Mevlüt', 'دولت': 'Devlet', 'كمال': 'Kemal', 'أحمد': 'Ahmet',
    'محمد': 'Mehmet', 'مصطفى': 'Mustafa', 'سليمان': 'Suleyman|Süleyman', 'بن علي': 'Binali', 'يلدريم': 'Yildirim|Yıldırım', 'أكرم': 'Ekrem',
    'إبراهيم': 'Ibrahim|İbrahim', 'عمر': 'Omer|Ömer', 'فؤاد': 'Fuat', 'نعمان': 'Numan', 'أوزغور': 'Ozgur|Özgür', 'كمال كليتشدار أوغلو': 'Kemal Kilicdaroglu|Kemal Kılıçdaroğlu',
    'ياشار': 'Yasar|Yaşar', 'جودت': 'Cevdet', 'إلهان': 'Ilhan', 'إمام أوغلو': 'Imamoglu|İmamoğlu', 'سلجوق': 'Selcuk|Selçuk', 'علي': 'Ali',
    'صالح': 'Salih', 'مراد': 'Murat', 'أردال': 'Erdal', 'أمر الله': 'Emrullah', 'عبد الحميد': 'Abdulhamit',
  },
  european: {
    // English-speaking
    'جو': 'Joe', 'جون': 'John', 'جوزيف': 'Joseph', 'دونالد': 'Donald', 'أنتوني': 'Antony|Anthony', 'جيك': 'Jake', 'لويد': 'Lloyd',
    'كامالا': 'Kamala', 'هيلاري': 'Hillary', 'باراك': 'Barack', 'جورج': 'George', 'ريشي': 'Rishi', 'كير': 'Keir', 'ديفيد': 'David',
    'جيمس': 'James', 'ويليام': 'William', 'وليام': 'William', 'ريتشارد': 'Richard', 'مايكل': 'Michael', 'روبرت': 'Robert', 'مايك': 'Mike',
    'ماركو': 'Marco', 'تيريزا': 'Theresa', 'تيريز': 'Therese', 'ليز': 'Liz', 'جاستن': 'Justin', 'توني': 'Tony', 'جيريمي': 'Jeremy',
    'جاريد': 'Jared', 'ستيف': 'Steve', 'ستيفن': 'Stephen|Steven', 'بيتر': 'Peter', 'بول': 'Paul', 'مارك': 'Mark|Marc', 'توماس': 'Thomas',
    'تشارلز': 'Charles', 'إليزابيث': 'Elizabeth', 'كاثرين': 'Catherine|Kathryn', 'ماري': 'Mary|Marie', 'ليندا': 'Linda', 'سارة': 'Sarah',
    'نانسي': 'Nancy', 'تشاك': 'Chuck', 'بيرني': 'Bernie', 'كريستوفر': 'Christopher', 'مارتن': 'Martin', 'هنري': 'Henry|Henri', 'ماثيو': 'Matthew',
    'إدوارد': 'Edward', 'آدم': 'Adam', 'ليندسي': 'Lindsey', 'تيد': 'Ted', 'كيفن': 'Kevin', 'برايان': 'Brian', 'بريت': 'Brett', 'غريغ': 'Greg',
    // French
    'إيمانويل': 'Emmanuel', 'جان': 'Jean', 'جان إيف': 'Jean-Yves', 'جان نويل': 'Jean-Noel|Jean-Noël', 'فرانسوا': 'Francois|François',
    'بيير': 'Pierre', 'ميشال': 'Michel', 'ميشيل': 'Michel|Michelle', 'نيكولا': 'Nicolas', 'مارين': 'Marine', 'كاترين': 'Catherine',
    'جاك': 'Jacques', 'لوران': 'Laurent', 'جيرالد': 'Gerald|Gérald', 'إليزابيت': 'Elisabeth', 'ستيفان': 'Stephane|Stéphane', 'برونو': 'Bruno',
    'غابرييل': 'Gabriel', 'إدوار': 'Edouard|Édouard', 'دومينيك': 'Dominique', 'جوزيب': 'Josep',
    // German, Dutch, Nordic
    'أولاف': 'Olaf', 'أنغيلا': 'Angela', 'أنجيلا': 'Angela', 'أنالينا': 'Annalena', 'فرانك': 'Frank', 'فرانك فالتر': 'Frank-Walter',
    'أورسولا': 'Ursula', 'فريدريش': 'Friedrich', 'هايكو': 'Heiko', 'كريستيان': 'Christian', 'يوهان': 'Johann|Johan', 'هانس': 'Hans',
    'فولفغانغ': 'Wolfgang', 'هيلموت': 'Helmut', 'غيرهارد': 'Gerhard', 'يانس': 'Jens', 'ينس': 'Jens', 'مارك روته': 'Mark Rutte', 'لارس': 'Lars',
    'إريك': 'Erik|Eric', 'سولفيغ': 'Solveig', 'ماغدالينا': 'Magdalena', 'سانا': 'Sanna', 'ساولي': 'Sauli', 'ألكسندر ستوب': 'Alexander Stubb',
    'ماتي': 'Matti', 'أولف': 'Ulf', 'كارل': 'Karl|Carl', 'هانز': 'Hans', 'فيكتور أوربان': 'Viktor Orban|Viktor Orbán',
    // Italian, Spanish, Portuguese
    'جورجيا': 'Giorgia', 'ماريو': 'Mario', 'سيرجيو': 'Sergio', 'أنطونيو': 'Antonio|António', 'لويجي': 'Luigi', 'ماتيو': 'Matteo',
    'جوزيبي': 'Giuseppe', 'سيلفيو': 'Silvio', 'باولو': 'Paolo', 'بيدرو': 'Pedro', 'خوسيه': 'Jose|José', 'خوان': 'Juan', 'كارلوس': 'Carlos',
    'لويس': 'Luis|Lewis', 'لولا': 'Lula', 'نيكولاس': 'Nicolas|Nicolás', 'خافيير': 'Javier', 'فرانسيسكو': 'Francisco', 'ألبرتو': 'Alberto',
    'مانويل': 'Manuel', 'فيليبي': 'Felipe', 'أليساندرو': 'Alessandro', 'فرانشيسكو': 'Francesco', 'إنريكو': 'Enrico', 'جاير': 'Jair',
  },
  hebrew: {
    'بنيامين': 'Benjamin', 'يائير': 'Yair', 'بيني': 'Benny', 'يوآف': 'Yoav', 'إسحاق': 'Isaac|Yitzhak', 'يتسحاق': 'Yitzhak', 'نفتالي': 'Naftali',
    'إيتمار': 'Itamar', 'بتسلئيل': 'Bezalel', 'أفيغدور': 'Avigdor', 'غادي': 'Gadi', 'رون': 'Ron', 'إيهود': 'Ehud', 'أرييل': 'Ariel',
    'شمعون': 'Shimon', 'موشيه': 'Moshe', 'موشي': 'Moshe', 'ديفيد': 'David', 'يسرائيل': 'Yisrael|Israel', 'غدعون': 'Gideon', 'تسيبي': 'Tzipi',
    'غولدا': 'Golda', 'هرتسي': 'Herzi', 'أفيف': 'Aviv', 'إيلي': 'Eli', 'داني': 'Danny', 'يوسي': 'Yossi', 'عوفر': 'Ofer', 'تامير': 'Tamir',
  },
  'east-asian': {
    'كيم': 'Kim', 'جونغ أون': 'Jong Un', 'شينزو': 'Shinzo', 'فوميو': 'Fumio', 'يوشيهيدي': 'Yoshihide', 'ناريندرا': 'Narendra',
  },
};
